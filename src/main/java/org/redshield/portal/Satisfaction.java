package org.redshield.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.cases.CaseType;
import org.redshield.portal.PublicCases.PublicCase;
import org.redshield.portal.RateLimiter.Limit;
import org.redshield.shared.InvalidRequestException;

/**
 * Satisfaction (满意度) after closure: the complainant rates once, 1 to 5 with an optional comment, through the signed
 * link of the closing SMS — no account, and a forged link stores nothing. Each rating carries the handling unit so
 * the unit's figures can count it.
 */
@Service
class Satisfaction {

	static final int MAX_COMMENT = 500;

	/** Why a rating link does not (or no longer) work. */
	enum Refusal {
		/** Forged or for an unknown case: the same answer for both. */
		INVALID,
		/** The case is not closed (yet). */
		NOT_CLOSED,
		/** Rated already: once only. */
		ALREADY_RATED,
		/** The link is older than the rating window. */
		EXPIRED
	}

	static final class RatingRefusedException extends RuntimeException {

		private final Refusal refusal;

		RatingRefusedException(Refusal refusal) {
			super("Rating refused: " + refusal);
			this.refusal = refusal;
		}

		Refusal refusal() {
			return refusal;
		}
	}

	private final PortalSecret secret;

	private final PublicCases cases;

	private final JdbcClient jdbc;

	private final RateLimiter limiter;

	private final PortalProperties properties;

	private final Clock clock;

	Satisfaction(PortalSecret secret, PublicCases cases, JdbcClient jdbc, RateLimiter limiter,
			PortalProperties properties, Clock clock) {
		this.secret = secret;
		this.cases = cases;
		this.jdbc = jdbc;
		this.limiter = limiter;
		this.properties = properties;
		this.clock = clock;
	}

	String token(String number) {
		return secret.sign("rate", PublicCases.normalizeNumber(number));
	}

	/** The link sent with the closing SMS. */
	String link(String number) {
		return properties.baseUrl() + "/portal/rate/" + PublicCases.normalizeNumber(number) + "?t=" + token(number);
	}

	/** The case behind a valid link that may still be rated, or why not. */
	@Transactional(readOnly = true)
	PublicCase rateable(String number, String token) {
		String n = PublicCases.normalizeNumber(number);
		if (!secret.verify("rate", n, token)) {
			throw new RatingRefusedException(Refusal.INVALID);
		}
		PublicCase c = cases.find(n).filter(pc -> pc.type() != CaseType.REPORT)
			.orElseThrow(() -> new RatingRefusedException(Refusal.INVALID));
		if (!c.closed() || c.closedAt() == null) {
			throw new RatingRefusedException(Refusal.NOT_CLOSED);
		}
		if (rated(n).isPresent()) {
			throw new RatingRefusedException(Refusal.ALREADY_RATED);
		}
		if (c.closedAt().plus(properties.ratingWindow()).isBefore(clock.instant())) {
			throw new RatingRefusedException(Refusal.EXPIRED);
		}
		return c;
	}

	/** Whether the case may be rated now (for the tracking page's button): no exception, just yes or no. */
	boolean open(PublicCase c) {
		return c.type() != CaseType.REPORT && c.closed() && c.closedAt() != null && rated(c.number()).isEmpty()
				&& !c.closedAt().plus(properties.ratingWindow()).isBefore(clock.instant());
	}

	Optional<Integer> rated(String number) {
		return jdbc.sql("select score from portal_satisfaction where case_number = ? and source = 'ONLINE'")
			.param(number)
			.query(Integer.class)
			.optional();
	}

	@Transactional
	void rate(String number, String token, int score, String comment, String clientAddress) {
		limiter.acquire(Limit.RATE_PER_IP, clientAddress, properties.ratingsPerIp(), Duration.ofHours(1));
		rateable(number, token);
		if (score < 1 || score > 5) {
			throw new InvalidRequestException("score", "portal.error.score");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw new InvalidRequestException("comment", "portal.error.too-long");
		}
		String n = PublicCases.normalizeNumber(number);
		int inserted = jdbc.sql("""
				insert into portal_satisfaction (case_number, source, score, comment, handling_unit_code, rated_at)
				select number, 'ONLINE', ?, ?, handling_unit_code, ? from cases where number = ?
				on conflict (case_number, source) do nothing
				""").params(score, text, Timestamp.from(clock.instant()), n).update();
		if (inserted == 0) {
			throw new RatingRefusedException(Refusal.ALREADY_RATED);
		}
	}

	/** An officer's follow-up call: a score the consumer gave on the phone, the latest kept. */
	void recordByPhone(String number, int score, String comment, String officer, Instant at) {
		jdbc.sql("""
				insert into portal_satisfaction (case_number, source, score, comment, handling_unit_code, rated_at, recorded_by)
				select number, 'PHONE', ?, ?, handling_unit_code, ?, ? from cases where number = ?
				on conflict (case_number, source) do update set score = excluded.score, comment = excluded.comment,
				    rated_at = excluded.rated_at, recorded_by = excluded.recorded_by
				""").params(score, comment, Timestamp.from(at), officer, number).update();
	}
}
