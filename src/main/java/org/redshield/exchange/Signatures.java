package org.redshield.exchange;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme of every exchange message, both ways: {@code X-RedShield-Signature: sha256=<hex>} where hex is
 * the HMAC-SHA256, keyed with the partner's signing secret, of the UTF-8 bytes of
 * {@code <X-RedShield-Timestamp> + "." + <body>}; the timestamp is Unix seconds. Signing the timestamp with the body
 * lets a receiver refuse a replayed old request; the idempotency key lets it drop a redelivered message.
 */
final class Signatures {

	static final String SIGNATURE = "X-RedShield-Signature";

	static final String TIMESTAMP = "X-RedShield-Timestamp";

	static final String IDEMPOTENCY_KEY = "X-RedShield-Idempotency-Key";

	static final String EVENT = "X-RedShield-Event";

	static final String ATTEMPT = "X-RedShield-Attempt";

	static final String PREFIX = "sha256=";

	private Signatures() {
	}

	static String sign(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) '.');
			mac.update(body);
			return PREFIX + HexFormat.of().formatHex(mac.doFinal());
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether a request was signed with the secret within {@code tolerance} of {@code now}; compared in constant time.
	 */
	static boolean verify(String secret, String timestamp, String signature, byte[] body, Instant now,
			Duration tolerance) {
		if (secret == null || timestamp == null || signature == null || !timestamp.matches("\\d{1,12}")) {
			return false;
		}
		Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
		if (Duration.between(signedAt, now).abs().compareTo(tolerance) > 0) {
			return false;
		}
		byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
		byte[] given = signature.strip().toLowerCase().getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}
}
