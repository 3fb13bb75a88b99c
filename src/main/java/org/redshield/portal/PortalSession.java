package org.redshield.portal;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * What the browser session remembers for a consumer: the phone verified by SMS code (for a while) and the cases opened
 * with their query code. No account, nothing kept after the session ends.
 */
final class PortalSession {

	static final String PHONE = "portal.verifiedPhone";

	static final String OPENED = "portal.openedCases";

	record Verified(String phone, Instant until) implements Serializable {
	}

	private PortalSession() {
	}

	static Optional<String> verifiedPhone(HttpSession session, Instant now) {
		if (session == null) {
			return Optional.empty();
		}
		return session.getAttribute(PHONE) instanceof Verified v && v.until().isAfter(now) ? Optional.of(v.phone())
				: Optional.empty();
	}

	static void verify(HttpSession session, String phone, Instant until) {
		session.setAttribute(PHONE, new Verified(phone, until));
	}

	@SuppressWarnings("unchecked")
	static void open(HttpSession session, String number) {
		Set<String> opened = session.getAttribute(OPENED) instanceof Set<?> s ? (Set<String>) s : new LinkedHashSet<>();
		opened.add(number);
		session.setAttribute(OPENED, opened);
	}

	static boolean opened(HttpSession session, String number) {
		return session != null && session.getAttribute(OPENED) instanceof Set<?> s && s.contains(number);
	}
}
