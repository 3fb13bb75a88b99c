package org.redshield.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the exchange module ({@code redshield.exchange.*}); every one has a default here that suits production
 * and the tests alike.
 *
 * @param pollInterval how often the delivery worker looks for due messages when idle (200 ms); a committed move also
 * wakes it at once
 * @param backoffBase delay after the first failed attempt; it doubles with each further failure (1 s, 2 s, 4 s ...)
 * @param backoffMax the longest delay between two attempts (10 minutes)
 * @param giveUpAfter how long a message is retried before it is marked FAILED for a person to retry (3 days)
 * @param batchSize at most this many messages claimed in one query
 * @param concurrency deliveries in flight at once, per instance
 * @param connectTimeout connecting to a partner
 * @param requestTimeout a partner's answer
 * @param lease how long a claimed message is reserved for the worker that claimed it; after that (the instance died)
 * another worker takes it again, with the same idempotency key
 * @param signatureTolerance how far an inbound request's signed timestamp may be from our clock
 * @param defaultFeedbackWorkingDays a partner's feedback rule until an admin sets one
 * @param interimCheckInterval how often work orders whose feedback date has come are looked for
 * @param simulator the demo's simulated 12345: {@code auto} (on with the demo city), {@code on} or {@code off}
 * @param open311JurisdictionId the Open311 {@code jurisdiction_id} this endpoint answers to, besides the root unit's
 * code and division code
 */
@ConfigurationProperties("redshield.exchange")
record ExchangeProperties(Duration pollInterval, Duration backoffBase, Duration backoffMax, Duration giveUpAfter,
		int batchSize, int concurrency, Duration connectTimeout, Duration requestTimeout, Duration lease,
		Duration signatureTolerance, int defaultFeedbackWorkingDays, Duration interimCheckInterval, String simulator,
		String open311JurisdictionId) {

	ExchangeProperties {
		pollInterval = orDefault(pollInterval, Duration.ofMillis(200));
		backoffBase = orDefault(backoffBase, Duration.ofSeconds(1));
		backoffMax = orDefault(backoffMax, Duration.ofMinutes(10));
		giveUpAfter = orDefault(giveUpAfter, Duration.ofDays(3));
		batchSize = batchSize > 0 ? batchSize : 50;
		concurrency = concurrency > 0 ? concurrency : 8;
		connectTimeout = orDefault(connectTimeout, Duration.ofSeconds(5));
		requestTimeout = orDefault(requestTimeout, Duration.ofSeconds(10));
		lease = orDefault(lease, Duration.ofSeconds(60));
		signatureTolerance = orDefault(signatureTolerance, Duration.ofMinutes(5));
		defaultFeedbackWorkingDays = defaultFeedbackWorkingDays > 0 ? defaultFeedbackWorkingDays : 15;
		interimCheckInterval = orDefault(interimCheckInterval, Duration.ofMinutes(30));
		simulator = simulator == null || simulator.isBlank() ? "auto" : simulator;
		open311JurisdictionId = open311JurisdictionId == null ? "" : open311JurisdictionId;
	}

	static ExchangeProperties defaults() {
		return new ExchangeProperties(null, null, null, null, 0, 0, null, null, null, null, 0, null, null, null);
	}

	/** The delay before attempt {@code attempts + 1}, after {@code attempts} failures: base · 2^(attempts-1), capped. */
	Duration backoff(int attempts) {
		int exponent = Math.max(0, Math.min(attempts - 1, 30));
		Duration delay = backoffBase.multipliedBy(1L << exponent);
		return delay.compareTo(backoffMax) > 0 || delay.isNegative() ? backoffMax : delay;
	}

	private static Duration orDefault(Duration value, Duration fallback) {
		return value == null || value.isZero() || value.isNegative() ? fallback : value;
	}
}
