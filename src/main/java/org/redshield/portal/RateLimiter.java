package org.redshield.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sliding-window limits per client address and per phone, in memory: each instance counts its own requests, which is
 * enough to stop a script flooding SMS codes or guessing query codes; a restart forgets the counts.
 */
@Component
class RateLimiter {

	/** What is limited; the key names the counter and the message the consumer sees. */
	enum Limit {
		CODE_PER_PHONE, CODE_PER_IP, SUBMIT_PER_IP, SUBMIT_PER_PHONE, TRACK_PER_IP, VERIFY_PER_IP, RATE_PER_IP
	}

	private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	RateLimiter(Clock clock) {
		this.clock = clock;
	}

	/** Counts one request against the limit, or refuses it (nothing counted) when the window is full. */
	void acquire(Limit limit, String subject, int max, Duration window) {
		check(limit, subject, max, window);
		record(limit, subject);
	}

	/** Refuses when the window is full, without counting. */
	void check(Limit limit, String subject, int max, Duration window) {
		long now = clock.millis();
		Deque<Long> times = windows.computeIfAbsent(key(limit, subject), k -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
				times.pollFirst();
			}
			if (times.size() >= max) {
				long retryAfter = Math.max(1, (times.peekFirst() + window.toMillis() - now + 999) / 1000);
				throw new RateLimitedException(limit, retryAfter);
			}
		}
	}

	void record(Limit limit, String subject) {
		Deque<Long> times = windows.computeIfAbsent(key(limit, subject), k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(clock.millis());
		}
	}

	/** Forgets every count (tests, or an operator after a false alarm). */
	void reset() {
		windows.clear();
	}

	/** Drops counters idle for a day so the map does not grow with every address ever seen. */
	@Scheduled(fixedDelay = 600_000)
	void evictIdle() {
		long cutoff = clock.millis() - Duration.ofDays(1).toMillis();
		windows.entrySet().removeIf(e -> {
			synchronized (e.getValue()) {
				return e.getValue().isEmpty() || e.getValue().peekLast() < cutoff;
			}
		});
	}

	private static String key(Limit limit, String subject) {
		return limit.name() + "|" + subject;
	}

	/** Too many requests (429); {@code retryAfterSeconds} goes into the Retry-After header and the message. */
	static final class RateLimitedException extends RuntimeException {

		private final Limit limit;

		private final long retryAfterSeconds;

		RateLimitedException(Limit limit, long retryAfterSeconds) {
			super("Too many requests: " + limit);
			this.limit = limit;
			this.retryAfterSeconds = retryAfterSeconds;
		}

		Limit limit() {
			return limit;
		}

		long retryAfterSeconds() {
			return retryAfterSeconds;
		}

		/** Whole minutes to wait, at least one, for the message. */
		long retryAfterMinutes() {
			return Math.max(1, (retryAfterSeconds + 59) / 60);
		}
	}
}
