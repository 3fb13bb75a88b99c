package org.redshield.portal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.redshield.shared.PhoneNumber;

/**
 * The SMS "gateway" of a demo or development installation: each message goes to the log (the phone masked), and the
 * last few hundred are kept in memory so a demo operator or a test can read the code a consumer would have received.
 */
class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	private static final int KEPT = 500;

	record Sms(String phone, String text) {
	}

	private final Deque<Sms> recent = new ArrayDeque<>();

	@Override
	public void send(String phone, String text) {
		log.info("SMS to {}: {}", PhoneNumber.mask(phone), text);
		synchronized (recent) {
			recent.addLast(new Sms(phone, text));
			while (recent.size() > KEPT) {
				recent.pollFirst();
			}
		}
	}

	List<Sms> sentTo(String phone) {
		synchronized (recent) {
			return recent.stream().filter(s -> s.phone().equals(phone)).toList();
		}
	}

	Optional<Sms> lastTo(String phone) {
		List<Sms> all = sentTo(phone);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}
}
