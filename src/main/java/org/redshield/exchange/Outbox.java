package org.redshield.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.redshield.shared.ChinaTime;
import org.redshield.shared.ConflictException;
import org.redshield.shared.NotFoundException;

import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox (发件箱): messages to partners are written in the transaction of the move that caused them
 * (so a move and its feedback commit or roll back together), then claimed by delivery workers with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, delivered in order per (partner, case), and marked delivered, retried
 * later with backoff, or failed for a person to retry. Every attempt is logged.
 */
@Service
class Outbox {

	enum Kind {
		/** feedback on a case the partner transferred in (反馈) */
		FEEDBACK,
		/** a case transferred out to the partner (转办) */
		TRANSFER,
		/** an interim notice when the partner's feedback date arrives (阶段性反馈) */
		INTERIM
	}

	enum Status {
		PENDING, DELIVERED, FAILED
	}

	/** A message claimed by a worker: deliver it, then report with its lease token. */
	record Claimed(long id, UUID key, String partnerCode, String caseNumber, int sequence, String eventType,
			String payload, int attempts, UUID leaseToken, Instant giveUpAt) {
	}

	/** One delivery attempt as logged. */
	record Attempt(long id, OffsetDateTime startedAt, int durationMs, Integer httpStatus, String error,
			String responseExcerpt, String worker) {
	}

	/** A message as the API and the console list it. */
	record Message(long id, UUID key, String partnerCode, String caseNumber, int sequence, Kind kind,
			String eventType, Status status, int attempts, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
			OffsetDateTime giveUpAt, OffsetDateTime deliveredAt, Integer lastStatus, String lastError,
			boolean waitingForEarlier, List<Attempt> attemptLog) {
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int EXCERPT = 500;

	private final JdbcClient jdbc;

	private final ExchangeProperties properties;

	private final OutboxSignal signal;

	private final Clock clock;

	Outbox(JdbcClient jdbc, ExchangeProperties properties, OutboxSignal signal, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.signal = signal;
		this.clock = clock;
	}

	/**
	 * Writes a message in the caller's transaction: the envelope ({@code id} = idempotency key, {@code type},
	 * {@code sequence}, {@code partner}, {@code caseNumber}, {@code occurredAt}) followed by {@code fields}.
	 * @return the idempotency key
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	UUID enqueue(String partnerCode, String caseNumber, Kind kind, String eventType, Instant occurredAt,
			Map<String, Object> fields) {
		UUID key = UUID.randomUUID();
		int sequence = jdbc.sql("""
				select coalesce(max(sequence), 0) + 1 from exchange_outbox where partner_code = ? and case_number = ?""")
			.params(partnerCode, caseNumber)
			.query(Integer.class)
			.single();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", key.toString());
		body.put("type", eventType);
		body.put("sequence", sequence);
		body.put("partner", partnerCode);
		body.put("caseNumber", caseNumber);
		body.put("occurredAt", occurredAt.atZone(ChinaTime.ZONE).toOffsetDateTime().toString());
		body.putAll(fields);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into exchange_outbox (message_key, partner_code, case_number, sequence, kind, event_type, payload,
				    status, next_attempt_at, give_up_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
			.params(key, partnerCode, caseNumber, sequence, kind.name(), eventType, JSON.writeValueAsString(body),
					Timestamp.from(now), Timestamp.from(now.plus(properties.giveUpAfter())), Timestamp.from(now))
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					signal.signal();
				}
			});
		}
		return key;
	}

	/**
	 * Claims up to {@code max} due messages for one worker: pending, due, not leased by another worker, for a partner
	 * that is enabled and has a callback, and with no earlier message of the same (partner, case) still undelivered,
	 * so that a partner receives a case's messages in order. Rows locked by a concurrent claim are skipped.
	 */
	@Transactional
	List<Claimed> claim(int max, String worker) {
		if (max <= 0) {
			return List.of();
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				with due as (
				    select o.id from exchange_outbox o
				    join exchange_partner p on p.unit_code = o.partner_code and p.enabled and p.callback_url is not null
				    where o.status = 'PENDING' and o.next_attempt_at <= :now
				      and (o.lease_until is null or o.lease_until < :now)
				      and not exists (select 1 from exchange_outbox e
				                      where e.partner_code = o.partner_code and e.case_number = o.case_number
				                        and e.id < o.id and e.status <> 'DELIVERED')
				    order by o.next_attempt_at, o.id
				    limit :max
				    for update of o skip locked)
				update exchange_outbox o set lease_until = :leaseUntil, lease_token = gen_random_uuid(),
				    attempts = o.attempts + 1
				from due where o.id = due.id
				returning o.id, o.message_key, o.partner_code, o.case_number, o.sequence, o.event_type, o.payload,
				    o.attempts, o.lease_token, o.give_up_at""")
			.param("now", Timestamp.from(now))
			.param("leaseUntil", Timestamp.from(now.plus(properties.lease())))
			.param("max", max)
			.query((rs, i) -> new Claimed(rs.getLong("id"), rs.getObject("message_key", UUID.class),
					rs.getString("partner_code"), rs.getString("case_number"), rs.getInt("sequence"),
					rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"),
					rs.getObject("lease_token", UUID.class), rs.getTimestamp("give_up_at").toInstant()))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparingLong(Claimed::id))
			.toList();
	}

	/** Records a delivered message; false when the lease was lost meanwhile (another worker owns it now). */
	@Transactional
	boolean delivered(Claimed message, Instant startedAt, int durationMs, int httpStatus, String response,
			String worker) {
		log(message, startedAt, durationMs, httpStatus, null, response, worker);
		Instant now = clock.instant();
		return jdbc.sql("""
				update exchange_outbox set status = 'DELIVERED', delivered_at = ?, last_status = ?, last_error = null,
				    lease_until = null, lease_token = null
				where id = ? and lease_token = ?""")
			.params(Timestamp.from(now), httpStatus, message.id(), message.leaseToken())
			.update() == 1;
	}

	/**
	 * Records a failed attempt and schedules the next one after the backoff; past the message's give-up time it is
	 * marked FAILED for a person to retry (it still blocks the later messages of its case, which must not overtake it).
	 */
	@Transactional
	Status failed(Claimed message, Instant startedAt, int durationMs, Integer httpStatus, String error,
			String response, String worker) {
		log(message, startedAt, durationMs, httpStatus, error, response, worker);
		Instant now = clock.instant();
		Instant next = now.plus(properties.backoff(message.attempts()));
		Status status = next.isAfter(message.giveUpAt()) ? Status.FAILED : Status.PENDING;
		jdbc.sql("""
				update exchange_outbox set status = ?, next_attempt_at = ?, last_status = ?, last_error = ?,
				    lease_until = null, lease_token = null
				where id = ? and lease_token = ?""")
			.params(status.name(), Timestamp.from(next), httpStatus, excerpt(error), message.id(), message.leaseToken())
			.update();
		return status;
	}

	/** A person's retry: a failed or waiting message is due now, with a fresh retry period. */
	@Transactional
	Message retry(long id) {
		Message message = get(id);
		if (message.status() == Status.DELIVERED) {
			throw new ConflictException("Message " + id + " was delivered already.");
		}
		Instant now = clock.instant();
		jdbc.sql("""
				update exchange_outbox set status = 'PENDING', next_attempt_at = ?, give_up_at = ?, attempts = 0
				where id = ? and status <> 'DELIVERED'""")
			.params(Timestamp.from(now), Timestamp.from(now.plus(properties.giveUpAfter())), id)
			.update();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				signal.signal();
			}
		});
		return get(id);
	}

	@Transactional(readOnly = true)
	Message get(long id) {
		Message message = jdbc.sql(SELECT + " where o.id = ?")
			.param(id)
			.query(Outbox::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("No message " + id));
		return withAttempts(message);
	}

	/** Messages newest first, filtered by status, case and partner (each optional). */
	@Transactional(readOnly = true)
	List<Message> list(Status status, String caseNumber, String partnerCode, int limit, int offset) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where true");
		List<Object> params = new ArrayList<>();
		if (status != null) {
			sql.append(" and o.status = ?");
			params.add(status.name());
		}
		if (caseNumber != null) {
			sql.append(" and o.case_number = ?");
			params.add(caseNumber);
		}
		if (partnerCode != null) {
			sql.append(" and o.partner_code = ?");
			params.add(partnerCode);
		}
		sql.append(" order by o.id desc limit ? offset ?");
		params.add(Math.min(Math.max(limit, 1), 500));
		params.add(Math.max(offset, 0));
		return jdbc.sql(sql.toString()).params(params).query(Outbox::map).list();
	}

	/** A case's messages in the order they were written, each with its attempts (the case page). */
	@Transactional(readOnly = true)
	List<Message> forCase(String caseNumber) {
		return jdbc.sql(SELECT + " where o.case_number = ? order by o.id")
			.param(caseNumber)
			.query(Outbox::map)
			.list()
			.stream()
			.map(this::withAttempts)
			.toList();
	}

	@Transactional(readOnly = true)
	Map<Status, Long> counts() {
		Map<Status, Long> counts = new LinkedHashMap<>();
		for (Status s : Status.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("select status, count(*) from exchange_outbox group by status")
			.query((rs, i) -> Map.entry(Status.valueOf(rs.getString(1)), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	Optional<String> payloadOf(UUID key) {
		return jdbc.sql("select payload from exchange_outbox where message_key = ?").param(key).query(String.class).optional();
	}

	private static final String SELECT = """
			select o.id, o.message_key, o.partner_code, o.case_number, o.sequence, o.kind, o.event_type, o.status,
			       o.attempts, o.created_at, o.next_attempt_at, o.give_up_at, o.delivered_at, o.last_status, o.last_error,
			       o.status <> 'DELIVERED' and exists (select 1 from exchange_outbox e where e.partner_code = o.partner_code
			           and e.case_number = o.case_number and e.id < o.id and e.status <> 'DELIVERED') as waiting
			from exchange_outbox o""";

	private static Message map(ResultSet rs, int row) throws SQLException {
		return new Message(rs.getLong("id"), rs.getObject("message_key", UUID.class), rs.getString("partner_code"),
				rs.getString("case_number"), rs.getInt("sequence"), Kind.valueOf(rs.getString("kind")),
				rs.getString("event_type"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				at(rs, "created_at"), at(rs, "next_attempt_at"), at(rs, "give_up_at"), at(rs, "delivered_at"),
				(Integer) rs.getObject("last_status"), rs.getString("last_error"), rs.getBoolean("waiting"), List.of());
	}

	private Message withAttempts(Message m) {
		List<Attempt> attempts = jdbc.sql("""
				select id, started_at, duration_ms, http_status, error, response_excerpt, worker
				from exchange_delivery_attempt where outbox_id = ? order by id""")
			.param(m.id())
			.query((rs, i) -> new Attempt(rs.getLong("id"), at(rs, "started_at"), rs.getInt("duration_ms"),
					(Integer) rs.getObject("http_status"), rs.getString("error"), rs.getString("response_excerpt"),
					rs.getString("worker")))
			.list();
		return new Message(m.id(), m.key(), m.partnerCode(), m.caseNumber(), m.sequence(), m.kind(), m.eventType(),
				m.status(), m.attempts(), m.createdAt(), m.nextAttemptAt(), m.giveUpAt(), m.deliveredAt(),
				m.lastStatus(), m.lastError(), m.waitingForEarlier(), attempts);
	}

	private void log(Claimed message, Instant startedAt, int durationMs, Integer httpStatus, String error,
			String response, String worker) {
		jdbc.sql("""
				insert into exchange_delivery_attempt (outbox_id, started_at, duration_ms, http_status, error,
				    response_excerpt, worker)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(message.id(), Timestamp.from(startedAt), durationMs, httpStatus, excerpt(error), excerpt(response),
					worker)
			.update();
	}

	private static OffsetDateTime at(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
	}

	static String excerpt(String text) {
		if (text == null) {
			return null;
		}
		return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
	}
}
