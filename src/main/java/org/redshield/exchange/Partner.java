package org.redshield.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A partner hotline as the exchange sees it: a unit of the tree (kind PARTNER_HOTLINE) with its callback, its signing
 * secret and its feedback rule. An unconfigured partner may still send work orders (with a token) but is sent nothing.
 *
 * @param callbackUrl where messages go: an absolute http(s) URL, or a path on this platform (the demo simulator)
 * @param signingSecret the HMAC-SHA256 key shared with the partner, or null
 * @param transferDivisions GB/T 2260 code prefixes of the jurisdictions it takes transfers for
 * @param requireSignedRequests whether its inbound requests must carry a valid signature (when it has a secret)
 * @param enabled whether it may send work orders and is sent messages (messages to a disabled partner wait)
 * @param configured whether an admin (or the demo) connected it
 */
record Partner(String unitCode, String name, String callbackUrl, String signingSecret, FeedbackRule rule,
		List<String> transferDivisions, boolean requireSignedRequests, boolean enabled, boolean configured,
		Instant updatedAt, String updatedBy) {

	boolean hasSecret() {
		return signingSecret != null && !signingSecret.isEmpty();
	}

	/** Whether messages for it are written to the outbox. */
	boolean connected() {
		return configured;
	}

	/** Whether its inbound requests must be signed. */
	boolean verifiesInbound() {
		return hasSecret() && requireSignedRequests;
	}

	/** Whether it takes transfers for a division: the longest matching prefix wins among partners. */
	int transferMatch(String divisionCode) {
		if (divisionCode == null) {
			return 0;
		}
		int best = 0;
		for (String prefix : transferDivisions) {
			if (divisionCode.startsWith(prefix) && prefix.length() > best) {
				best = prefix.length();
			}
		}
		return best;
	}
}
