package org.redshield.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.cases.CaseStatus;
import org.redshield.cases.CaseType;
import org.redshield.cases.DeadlineStep;
import org.redshield.cases.Move;
import org.redshield.cases.RuleSet;
import org.redshield.organizations.Organization;
import org.redshield.organizations.Unit;
import org.redshield.shared.ChinaTime;

/**
 * A case as its complainant or reporter may see it (read only, from the cases tables): status, due date and a public
 * timeline — no internal notes, no officer names, no internal routing, and for a report only what
 * {@link ReportDisclosurePolicy} allows.
 */
@Component
class PublicCases {

	/** Steps a complainant sees; notes, categorisation and the centre's routing moves stay inside. */
	static final Set<Move> PUBLIC_MOVES = Set.of(Move.REGISTER, Move.DISPATCH, Move.TRANSFER_OUT, Move.ACCEPT,
			Move.REFUSE, Move.START_MEDIATION, Move.DELEGATE_MEDIATION, Move.PAUSE_MEDIATION, Move.RESUME_MEDIATION,
			Move.RECORD_AGREEMENT, Move.TERMINATE_MEDIATION, Move.ANSWER, Move.CLOSE, Move.WITHDRAW);

	/** Clocks a complainant is told about (受理时限, 调解期限); the others are the staff's own. */
	static final Set<DeadlineStep> PUBLIC_STEPS = Set.of(DeadlineStep.ACCEPTANCE, DeadlineStep.MEDIATION);

	record PublicEvent(OffsetDateTime at, String labelKey, String detailKey, String unitName) {
	}

	record PublicCase(String number, CaseType type, String statusKey, OffsetDateTime receivedAt, String unitName,
			LocalDate dueDate, DeadlineStep dueStep, String refusalKey, String answer, boolean closed,
			Instant closedAt, List<PublicEvent> timeline, List<Attachments.Stored> attachments) {

		public boolean refused() {
			return refusalKey != null;
		}
	}

	/** A line of "my cases" for a verified phone. */
	record PublicSummary(String number, CaseType type, String statusKey, OffsetDateTime receivedAt) {
	}

	private final JdbcClient jdbc;

	private final Organization organization;

	private final Attachments attachments;

	private final PortalSecret secret;

	PublicCases(JdbcClient jdbc, Organization organization, Attachments attachments, PortalSecret secret) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.attachments = attachments;
		this.secret = secret;
	}

	/** The case number in normal form (upper case, no spaces), as consumers type it. */
	static String normalizeNumber(String text) {
		return text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether the code opens the case. An unknown number costs the same HMAC as a wrong code, and both answer false:
	 * nothing tells which numbers exist.
	 */
	boolean opens(String number, String code) {
		String n = normalizeNumber(number);
		String c = code == null ? "" : code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		String hash = jdbc.sql("select query_code_hash from portal_submission where case_number = ?")
			.param(n)
			.query(String.class)
			.optional()
			.orElse("-");
		return secret.verify("query", n + ":" + c, hash) && !"-".equals(hash);
	}

	/** The numbers a phone may see: its online submissions and the cases registered with it as complainant. */
	List<PublicSummary> ofPhone(String phone) {
		return jdbc.sql("""
				select number, type, status, rules, complainant_name, received_at from cases
				where complainant_phone = any(?) or number in (select case_number from portal_submission where phone = ?)
				order by received_at desc limit 100
				""")
			.params(variants(phone), phone)
			.query((rs, i) -> new PublicSummary(rs.getString(1), CaseType.valueOf(rs.getString(2)),
					statusKey(CaseType.valueOf(rs.getString(2)), CaseStatus.valueOf(rs.getString(3)),
							RuleSet.valueOf(rs.getString(4)), rs.getString(5) != null),
					rs.getTimestamp(6).toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime()))
			.list();
	}

	boolean belongsTo(String number, String phone) {
		return jdbc.sql("""
				select count(*) from cases where number = ? and (complainant_phone = any(?)
				    or number in (select case_number from portal_submission where phone = ?))
				""").params(normalizeNumber(number), variants(phone), phone).query(Long.class).single() > 0;
	}

	/** How the same mobile number may have been typed in by an operator. */
	private static String[] variants(String phone) {
		return new String[] { phone, "+86" + phone, "+86 " + phone, "0086" + phone,
				phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7),
				phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7) };
	}

	@Transactional(readOnly = true)
	Optional<PublicCase> find(String number) {
		record Row(long id, CaseType type, CaseStatus status, RuleSet rules, Instant receivedAt, String unitCode,
				LocalDate due, String dueStep, String refusal, String answer, boolean realName) {
		}
		Optional<Row> found = jdbc.sql("""
				select id, type, status, rules, received_at, handling_unit_code, due_date, due_step, refusal_reason,
				       answer, complainant_name from cases where number = ?
				""")
			.param(normalizeNumber(number))
			.query((rs, i) -> new Row(rs.getLong(1), CaseType.valueOf(rs.getString(2)),
					CaseStatus.valueOf(rs.getString(3)), RuleSet.valueOf(rs.getString(4)),
					rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
					rs.getString(9), rs.getString(10), rs.getString(11) != null && !rs.getString(11).isBlank()))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Row r = found.get();
		boolean report = r.type() == CaseType.REPORT;
		List<PublicEvent> timeline = new ArrayList<>();
		Instant[] closedAt = new Instant[1];
		jdbc.sql("""
				select at, move, to_status, unit_code, reason from case_timeline where case_id = ? order by seq
				""").param(r.id()).query(rs -> {
			Instant at = rs.getTimestamp(1).toInstant();
			Move move = Move.valueOf(rs.getString(2));
			CaseStatus to = CaseStatus.valueOf(rs.getString(3));
			if (to == CaseStatus.CLOSED && closedAt[0] == null) {
				closedAt[0] = at;
			}
			boolean shown = report ? ReportDisclosurePolicy.shows(move, r.rules(), r.realName())
					: PUBLIC_MOVES.contains(move);
			if (!shown) {
				return;
			}
			String reason = rs.getString(5);
			String detail = switch (move) {
				case REFUSE -> "refusal." + reason;
				case TERMINATE_MEDIATION -> "termination." + reason;
				case PAUSE_MEDIATION -> "pause." + reason;
				default -> null;
			};
			String unit = move == Move.DISPATCH || move == Move.DELEGATE_MEDIATION ? unitName(rs.getString(4)) : null;
			if (move == Move.DISPATCH) {
				unit = unitName(r.unitCode());
			}
			timeline.add(new PublicEvent(at.atZone(ChinaTime.ZONE).toOffsetDateTime(),
					"portal.event." + (report ? "report." : "") + move.name(), detail, unit));
		});
		DeadlineStep step = r.dueStep() == null ? null : DeadlineStep.valueOf(r.dueStep());
		boolean showDue = !report && step != null && PUBLIC_STEPS.contains(step) && !r.status().isFinal();
		boolean closed = r.status() == CaseStatus.CLOSED;
		return Optional.of(new PublicCase(normalizeNumber(number), r.type(),
				statusKey(r.type(), r.status(), r.rules(), r.realName()),
				r.receivedAt().atZone(ChinaTime.ZONE).toOffsetDateTime(), report ? null : unitName(r.unitCode()),
				showDue ? r.due() : null, showDue ? step : null,
				r.status() == CaseStatus.REFUSED && r.refusal() != null ? "refusal." + r.refusal() : null,
				report ? null : r.answer(), closed, closedAt[0], timeline,
				attachments.of(normalizeNumber(number))));
	}

	static String statusKey(CaseType type, CaseStatus status, RuleSet rules, boolean realName) {
		if (type == CaseType.REPORT) {
			return ReportDisclosurePolicy.statusKey(status, rules, realName);
		}
		return switch (status) {
			case REGISTERED, DISPATCHED, RETURNED, PENDING_TRANSFER_OUT -> "portal.status.RECEIVED";
			default -> "status." + status;
		};
	}

	private String unitName(String code) {
		return code == null ? null : organization.find(code).map(Unit::name).orElse(null);
	}
}
