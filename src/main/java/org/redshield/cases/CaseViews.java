package org.redshield.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import org.redshield.calendar.CalendarService;
import org.redshield.calendar.WorkingDayCalendar;
import org.redshield.cases.CaseView.DeadlineView;
import org.redshield.cases.CaseView.PartyView;
import org.redshield.cases.CaseView.PlatformView;
import org.redshield.cases.CaseView.RespondentView;
import org.redshield.cases.CaseView.TimelineView;
import org.redshield.cases.CaseView.UnitRef;
import org.redshield.organizations.Organization;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.ChinaTime;
import org.redshield.shared.PhoneNumber;

/**
 * Turns cases into the records the API and the console show; time left is counted in working days.
 */
@Component
class CaseViews {

	/** A deadline this many working days away or fewer is "due soon" (预警). */
	static final int DUE_SOON_WORKING_DAYS = 2;

	private final Organization organization;

	private final CalendarService calendar;

	private final java.time.Clock clock;

	CaseViews(Organization organization, CalendarService calendar, java.time.Clock clock) {
		this.organization = organization;
		this.calendar = calendar;
		this.clock = clock;
	}

	CaseView view(Case c, StaffUser user) {
		WorkingDayCalendar cal = calendar.current();
		LocalDate today = LocalDate.now(clock);
		List<DeadlineView> deadlines = c.deadlines()
			.stream()
			.map(d -> new DeadlineView(d.step(), d.startDate(), d.dueDate(), d.extended(), d.paused(), d.metOn(),
					d.open() ? cal.workingDaysUntil(today, d.dueDate()) : null))
			.toList();
		Integer left = c.dueDate() == null ? null : cal.workingDaysUntil(today, c.dueDate());
		Respondent r = c.respondent();
		RespondentView respondent = r == null ? null
				: new RespondentView(r.name(), r.address(), r.divisionCode(),
						r.insidePlatform() ? new PlatformView(r.platformName(), r.platformDivisionCode()) : null);
		Party p = c.complainant();
		List<String> moves = (user == null ? c.type().lifecycle().movesFrom(c.status())
				: c.type().lifecycle().movesFrom(c.status(), user.roles()))
			.stream()
			.map(Move::path)
			.toList();
		return new CaseView(c.number(), c.type(), c.channel(), c.status(), c.rules().name(), at(c.receivedAt()),
				p == null ? null : new PartyView(p.name(), p.phone(), p.address()), respondent,
				c.conductDivisionCode(), c.request(), c.facts(), c.amount(), unit(c.handlingUnitCode()),
				c.transferDivisionCode(), c.competentDivisionCode(), c.routingBasis(), unit(c.mediatorUnitCode()),
				c.linkedCaseNumber(),
				c.sourcePartnerCode() == null ? null
						: new CaseView.SourceView(unit(c.sourcePartnerCode()), c.partnerOrderNumber()),
				unit(c.transferTargetCode()), c.categoryKey(), c.issueKey(),
				deadlines, c.dueDate(), c.dueStep(), left, left != null && left < 0,
				c.recoveredAmount(), c.refusalReason(), c.terminationReason(), c.answer(),
				c.timeline()
					.stream()
					.map(t -> new TimelineView(at(t.at()), t.move(), t.fromStatus(), t.toStatus(), t.actor(),
							t.actorName(), t.unitCode(), t.reason(), t.note()))
					.toList(),
				moves);
	}

	CaseSummary summary(ResultSet rs, WorkingDayCalendar cal, LocalDate today) throws SQLException {
		LocalDate due = rs.getObject("due_date", LocalDate.class);
		Integer left = due == null ? null : cal.workingDaysUntil(today, due);
		String unitCode = rs.getString("handling_unit_code");
		return new CaseSummary(rs.getString("number"), CaseType.valueOf(rs.getString("type")),
				Channel.valueOf(rs.getString("channel")), CaseStatus.valueOf(rs.getString("status")),
				at(rs.getTimestamp("received_at").toInstant()), maskName(rs.getString("complainant_name")),
				PhoneNumber.mask(rs.getString("complainant_phone")), rs.getString("respondent_name"), unitCode,
				organization.find(unitCode).map(u -> u.name()).orElse(null), due,
				rs.getString("due_step") == null ? null : DeadlineStep.valueOf(rs.getString("due_step")), left,
				left != null && left < 0, left != null && left >= 0 && left <= DUE_SOON_WORKING_DAYS);
	}

	private UnitRef unit(String code) {
		return organization.find(code).map(u -> new UnitRef(u.code(), u.name(), u.divisionCode())).orElse(null);
	}

	static OffsetDateTime at(java.time.Instant instant) {
		return instant == null ? null : instant.atZone(ChinaTime.ZONE).toOffsetDateTime();
	}

	/** 王小明 becomes 王**: the family name only. */
	static String maskName(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
	}
}
