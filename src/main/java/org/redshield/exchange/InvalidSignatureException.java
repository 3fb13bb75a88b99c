package org.redshield.exchange;

/**
 * An inbound request from a partner whose signature is missing, stale or wrong: answered 401, nothing stored.
 */
class InvalidSignatureException extends RuntimeException {

	InvalidSignatureException() {
		super("The request must carry X-RedShield-Timestamp (Unix seconds, within 5 minutes of our clock) and "
				+ "X-RedShield-Signature: sha256=<hex HMAC-SHA256 of timestamp + \".\" + body, keyed with the partner's "
				+ "signing secret>.");
	}
}
