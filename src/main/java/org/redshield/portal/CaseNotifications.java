package org.redshield.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.redshield.cases.CaseMoved;
import org.redshield.cases.CaseType;
import org.redshield.cases.Move;
import org.redshield.cases.RuleSet;
import org.redshield.organizations.Organization;
import org.redshield.organizations.Unit;
import org.redshield.shared.PhoneNumber;

/**
 * Tells the complainant by SMS when the case is accepted or refused (N15), when mediation ends (N23: both parties are
 * told) and when the case is closed, the last with the rating link. A reporter hears only what
 * {@link ReportDisclosurePolicy} allows. Items a partner hotline transferred in are answered by that partner, not
 * here. Runs after the move commits, from the event publication registry, so a failing SMS gateway is retried, and a
 * redelivered event sends nothing twice.
 */
@Component
class CaseNotifications {

	static final Set<Move> COMPLAINT_MOVES = Set.of(Move.ACCEPT, Move.REFUSE, Move.RECORD_AGREEMENT,
			Move.TERMINATE_MEDIATION, Move.TRANSFER_OUT, Move.CLOSE);

	static final Set<Move> ENQUIRY_MOVES = Set.of(Move.ANSWER, Move.CLOSE, Move.TRANSFER_OUT);

	private final JdbcClient jdbc;

	private final SmsSender sms;

	private final MessageSource messages;

	private final Satisfaction satisfaction;

	private final Organization organization;

	private final Clock clock;

	CaseNotifications(JdbcClient jdbc, SmsSender sms, MessageSource messages, Satisfaction satisfaction,
			Organization organization, Clock clock) {
		this.jdbc = jdbc;
		this.sms = sms;
		this.messages = messages;
		this.satisfaction = satisfaction;
		this.organization = organization;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseMoved event) {
		if (event.sourcePartnerCode() != null || event.move() == Move.REGISTER) {
			return;
		}
		record Target(String phone, String name, RuleSet rules, String language) {
		}
		Target target = jdbc.sql("""
				select c.complainant_phone, c.complainant_name, c.rules, s.language
				from cases c left join portal_submission s on s.case_number = c.number where c.number = ?
				""")
			.param(event.number())
			.query((rs, i) -> new Target(rs.getString(1), rs.getString(2), RuleSet.valueOf(rs.getString(3)),
					rs.getString(4)))
			.optional()
			.orElse(null);
		if (target == null || target.phone() == null) {
			return;
		}
		String phone = PhoneNumber.normalize(target.phone()).replace("-", "");
		if (!PhoneVerification.MOBILE.matcher(phone).matches()) {
			return;
		}
		String key = key(event, target.rules(), target.name() != null && !target.name().isBlank());
		if (key == null) {
			return;
		}
		int fresh = jdbc.sql("""
				insert into portal_notification (case_number, move, moved_at, sent_at) values (?, ?, ?, ?)
				on conflict do nothing
				""")
			.params(event.number(), event.move().name(), Timestamp.from(event.at()), Timestamp.from(clock.instant()))
			.update();
		if (fresh == 0) {
			return;
		}
		Locale locale = target.language() == null ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(target.language());
		String unit = event.handlingUnitCode() == null ? ""
				: organization.find(event.handlingUnitCode()).map(Unit::name).orElse("");
		String reason = event.reason() == null ? ""
				: messages.getMessage((event.move() == Move.REFUSE ? "refusal." : "termination.") + event.reason(), null,
						event.reason(), locale);
		String link = event.type() != CaseType.REPORT && (event.move() == Move.CLOSE || event.move() == Move.ANSWER)
				? satisfaction.link(event.number()) : "";
		sms.send(phone, messages.getMessage(key, new Object[] { event.number(), unit, reason, link }, locale));
	}

	/** The message for this move, or null when this move is not told. */
	static String key(CaseMoved event, RuleSet rules, boolean realName) {
		Move move = event.move();
		if (event.type() == CaseType.REPORT) {
			boolean told = move == Move.CLOSE
					|| (move == Move.OPEN_CASE || move == Move.DECLINE_CASE)
							&& ReportDisclosurePolicy.decisionTold(rules, realName);
			return told ? "portal.sms.report." + move.name() : null;
		}
		if (event.type() == CaseType.COMPLAINT) {
			return COMPLAINT_MOVES.contains(move) ? "portal.sms." + move.name() : null;
		}
		return ENQUIRY_MOVES.contains(move) ? "portal.sms." + move.name() : null;
	}
}
