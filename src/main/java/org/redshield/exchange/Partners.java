package org.redshield.exchange;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.cases.Move;
import org.redshield.organizations.Organization;
import org.redshield.organizations.Unit;
import org.redshield.organizations.UnitKind;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;

/**
 * The partner hotlines and their exchange settings: read by the inbound API, the outbox and the delivery worker,
 * written by an admin ({@code PUT /api/v1/partners/{unitCode}}) or the demo set-up.
 */
@Service
class Partners {

	/** Paths on this platform a callback may point at: the demo's simulated partners. */
	static final String LOCAL_CALLBACK_PREFIX = "/simulator/";

	private static final String SELECT = """
			select unit_code, callback_url, signing_secret, feedback_working_days, notify_on, transfer_divisions,
			       interim_feedback, require_signed_requests, enabled, updated_at, updated_by
			from exchange_partner""";

	/** Settings are read on every message and every inbound request; an instance keeps them a moment. */
	private static final long CACHE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

	private record Cached(Optional<Partner> partner, long expires) {
	}

	private final java.util.Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Organization organization;

	private final ExchangeProperties properties;

	private final Clock clock;

	Partners(JdbcClient jdbc, Organization organization, ExchangeProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.properties = properties;
		this.clock = clock;
	}

	/** What an admin sets; a null field keeps its default (or, for the secret, the current one). */
	record Settings(String callbackUrl, String signingSecret, Integer feedbackWorkingDays, List<String> notifyOn,
			List<String> transferDivisions, Boolean interimFeedback, Boolean requireSignedRequests, Boolean enabled) {
	}

	/** The settings as stored, and a signing secret the platform generated (shown once) or null. */
	record Configured(Partner partner, String generatedSecret) {
	}

	/**
	 * A partner hotline unit, configured or not; empty for any other code. Read through a cache of two seconds: a change
	 * made on this instance is seen at once, one made on another instance within that time.
	 */
	Optional<Partner> find(String unitCode) {
		if (unitCode == null) {
			return Optional.empty();
		}
		long now = System.nanoTime();
		Cached cached = cache.get(unitCode);
		if (cached != null && cached.expires() - now > 0) {
			return cached.partner();
		}
		Optional<Partner> partner = load(unitCode);
		cache.put(unitCode, new Cached(partner, now + CACHE_NANOS));
		return partner;
	}

	private Optional<Partner> load(String unitCode) {
		return organization.find(unitCode)
			.filter(u -> u.kind() == UnitKind.PARTNER_HOTLINE)
			.map(unit -> jdbc.sql(SELECT + " where unit_code = ?")
				.param(unitCode)
				.query((rs, i) -> map(rs, unit))
				.optional()
				.orElseGet(() -> unconfigured(unit)));
	}

	Partner get(String unitCode) {
		return find(unitCode).orElseThrow(() -> new NotFoundException("No partner hotline " + unitCode));
	}

	/** Every partner hotline unit of the tree, configured or not. */
	List<Partner> all() {
		return organization.all()
			.stream()
			.filter(u -> u.kind() == UnitKind.PARTNER_HOTLINE)
			.map(u -> find(u.code()).orElseThrow())
			.sorted(Comparator.comparing(Partner::unitCode))
			.toList();
	}

	/**
	 * The connected partner a transfer out goes to: the unit the move named when it is a connected partner, else the
	 * connected partner whose transfer jurisdictions best match the competent division (another city's 12315, a
	 * superior agency).
	 */
	Optional<Partner> forTransfer(String targetUnitCode, String divisionCode) {
		if (targetUnitCode != null) {
			Optional<Partner> named = find(targetUnitCode).filter(Partner::connected);
			if (named.isPresent() || organization.find(targetUnitCode).isPresent()) {
				return named;
			}
		}
		if (divisionCode == null) {
			return Optional.empty();
		}
		return all().stream()
			.filter(Partner::connected)
			.filter(p -> p.transferMatch(divisionCode) > 0)
			.max(Comparator.comparingInt((Partner p) -> p.transferMatch(divisionCode)));
	}

	@Transactional
	Configured configure(String unitCode, Settings settings, String updatedBy) {
		Partner current = get(unitCode);
		List<FieldError> errors = new ArrayList<>();
		String callback = blankToNull(settings.callbackUrl());
		if (callback != null && !validCallback(callback)) {
			errors.add(new FieldError("callbackUrl", "must be an absolute http or https URL"));
		}
		String secret = settings.signingSecret();
		if (secret != null && (secret.length() < 32 || secret.length() > 256 || secret.isBlank())) {
			errors.add(new FieldError("signingSecret", "must be 32 to 256 characters"));
		}
		int days = settings.feedbackWorkingDays() == null ? properties.defaultFeedbackWorkingDays()
				: settings.feedbackWorkingDays();
		if (days < 1 || days > 60) {
			errors.add(new FieldError("feedbackWorkingDays", "must be 1 to 60 working days"));
		}
		Set<Move> moves = settings.notifyOn() == null ? FeedbackRule.DEFAULT_MOVES
				: parseMoves(settings.notifyOn(), errors);
		List<String> divisions = settings.transferDivisions() == null ? List.of()
				: settings.transferDivisions().stream().map(s -> s == null ? "" : s.strip()).toList();
		if (divisions.stream().anyMatch(d -> !d.matches("\\d{2,6}"))) {
			errors.add(new FieldError("transferDivisions", "must be GB/T 2260 code prefixes of 2 to 6 digits"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The partner settings have bad fields.", errors);
		}
		String generated = null;
		if (secret == null) {
			secret = current.signingSecret();
			if (secret == null) {
				secret = generated = newSecret();
			}
		}
		jdbc.sql("""
				insert into exchange_partner (unit_code, callback_url, signing_secret, feedback_working_days, notify_on,
				    transfer_divisions, interim_feedback, require_signed_requests, enabled, updated_at, updated_by)
				values (:code, :callback, :secret, :days, :moves, :divisions, :interim, :signed, :enabled, :at, :by)
				on conflict (unit_code) do update set callback_url = excluded.callback_url,
				    signing_secret = excluded.signing_secret, feedback_working_days = excluded.feedback_working_days,
				    notify_on = excluded.notify_on, transfer_divisions = excluded.transfer_divisions,
				    interim_feedback = excluded.interim_feedback, require_signed_requests = excluded.require_signed_requests,
				    enabled = excluded.enabled, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("code", unitCode)
			.param("callback", callback)
			.param("secret", secret)
			.param("days", days)
			.param("moves", moves.stream().map(Move::name).sorted().collect(Collectors.joining(",")))
			.param("divisions", String.join(",", new LinkedHashSet<>(divisions)))
			.param("interim", settings.interimFeedback() == null || settings.interimFeedback())
			.param("signed", settings.requireSignedRequests() == null || settings.requireSignedRequests())
			.param("enabled", settings.enabled() == null || settings.enabled())
			.param("at", Timestamp.from(clock.instant()))
			.param("by", updatedBy)
			.update();
		evictAfterCommit(unitCode);
		return new Configured(load(unitCode).orElseThrow(), generated);
	}

	/** Connects a partner with these settings unless it is connected already (the demo set-up). */
	@Transactional
	boolean configureIfAbsent(String unitCode, Settings settings, String updatedBy) {
		if (get(unitCode).configured()) {
			return false;
		}
		configure(unitCode, settings, updatedBy);
		return true;
	}

	/** Replaces a connected partner's signing secret with a new random one, returned once. */
	@Transactional
	String rotateSecret(String unitCode, String updatedBy) {
		Partner partner = get(unitCode);
		if (!partner.configured()) {
			throw new InvalidRequestException("unitCode", "connect the partner first (PUT /api/v1/partners/" + unitCode + ")");
		}
		String secret = newSecret();
		jdbc.sql("update exchange_partner set signing_secret = ?, updated_at = ?, updated_by = ? where unit_code = ?")
			.params(secret, Timestamp.from(clock.instant()), updatedBy, unitCode)
			.update();
		evictAfterCommit(unitCode);
		return secret;
	}

	/** Drops the cached settings now and again after the writing transaction commits (no stale read in between). */
	private void evictAfterCommit(String unitCode) {
		cache.remove(unitCode);
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
					new org.springframework.transaction.support.TransactionSynchronization() {
						@Override
						public void afterCompletion(int status) {
							cache.remove(unitCode);
						}
					});
		}
	}

	String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "rss_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private Partner unconfigured(Unit unit) {
		return new Partner(unit.code(), unit.name(), null, null,
				new FeedbackRule(properties.defaultFeedbackWorkingDays(), FeedbackRule.DEFAULT_MOVES, true), List.of(),
				true, true, false, null, null);
	}

	private static Partner map(ResultSet rs, Unit unit) throws SQLException {
		Set<Move> moves = EnumSet.noneOf(Move.class);
		Arrays.stream(rs.getString("notify_on").split(","))
			.filter(s -> !s.isBlank())
			.forEach(s -> Move.fromPath(s.toLowerCase().replace('_', '-')).ifPresent(moves::add));
		List<String> divisions = Arrays.stream(rs.getString("transfer_divisions").split(","))
			.filter(s -> !s.isBlank())
			.toList();
		return new Partner(unit.code(), unit.name(), rs.getString("callback_url"), rs.getString("signing_secret"),
				new FeedbackRule(rs.getInt("feedback_working_days"), moves, rs.getBoolean("interim_feedback")),
				divisions, rs.getBoolean("require_signed_requests"), rs.getBoolean("enabled"), true,
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	private static Set<Move> parseMoves(List<String> names, List<FieldError> errors) {
		Set<Move> moves = EnumSet.noneOf(Move.class);
		for (String name : names) {
			Optional<Move> move = name == null ? Optional.empty()
					: Arrays.stream(Move.values()).filter(m -> m.name().equals(name.strip())).findFirst();
			if (move.isEmpty() || FeedbackRule.NOT_NOTIFIABLE.contains(move.get())) {
				errors.add(new FieldError("notifyOn", "unknown or not notifiable move " + name + "; one of "
						+ Arrays.stream(Move.values()).filter(m -> !FeedbackRule.NOT_NOTIFIABLE.contains(m)).toList()));
			}
			else {
				moves.add(move.get());
			}
		}
		return moves;
	}

	static boolean validCallback(String url) {
		if (url.startsWith(LOCAL_CALLBACK_PREFIX)) {
			return url.matches("/simulator/[A-Za-z0-9_-]+/callback");
		}
		try {
			URI uri = new URI(url);
			return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
