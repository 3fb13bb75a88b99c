package org.redshield.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.calendar.CalendarService;
import org.redshield.categories.Categories;
import org.redshield.calendar.WorkingDayCalendar;
import org.redshield.cases.internal.CaseRepository;
import org.redshield.organizations.Organization;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;
import org.redshield.shared.ChinaTime;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;

/**
 * The cases module's API: register, move, look up and list cases, always within the caller's data scope (数据范围):
 * a case outside it does not exist for the caller (404).
 */
@Service
public class Cases {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final CaseRepository repository;

	private final JdbcClient jdbc;

	private final Organization organization;

	private final CalendarService calendar;

	private final CaseViews views;

	private final Clock clock;

	private final Categories categories;

	Cases(CaseRepository repository, JdbcClient jdbc, Organization organization, CalendarService calendar,
			CaseViews views, Clock clock, Categories categories) {
		this.categories = categories;
		this.repository = repository;
		this.jdbc = jdbc;
		this.organization = organization;
		this.calendar = calendar;
		this.views = views;
		this.clock = clock;
	}

	private DeadlinePolicy policy() {
		return new DeadlinePolicy(calendar.current());
	}

	/**
	 * Registers an item and, in the same transaction, sends it where routing says: dispatched to the competent unit,
	 * left waiting for transfer out, or (a consultation with an answer) answered and closed.
	 */
	@Transactional
	public Case register(Registration registration, Actor actor) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		DeadlinePolicy policy = policy();
		LocalDate receivedOn = ChinaTime.dateOf(registration.receivedAt());
		long seq = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
		String number = registration.type().prefix() + DAY.format(receivedOn) + String.format("%07d", seq % 10_000_000);
		Case c = Case.register(number, registration, actor, now, policy);
		if (registration.answer() != null && !registration.answer().isBlank()) {
			c.perform(new MoveCommand(Move.ANSWER, null, null, null, null, null, registration.answer()), actor, now,
					policy);
		}
		else if (registration.routedUnitCode() != null
				&& !registration.routedUnitCode().equals(registration.intakeUnitCode())) {
			c.perform(new MoveCommand(Move.DISPATCH, null, registration.routingBasis(), null,
					organization.get(registration.routedUnitCode()), null, null), Actor.SYSTEM, now, policy);
		}
		else if (registration.transferDivisionCode() != null) {
			c.perform(new MoveCommand(Move.AWAIT_TRANSFER, null, registration.routingBasis(), null, null,
					registration.transferDivisionCode(), null), Actor.SYSTEM, now, policy);
		}
		return repository.save(c);
	}

	/** Links two cases split from one submission (N9) or a verification opened during mediation (N27). */
	@Transactional
	public Case link(String number, String otherNumber) {
		Case c = repository.findByNumber(number).orElseThrow(() -> new NotFoundException("No case " + number));
		c.linkTo(otherNumber);
		return repository.save(c);
	}

	/** The case a partner already transferred under its own work-order number, if any (idempotent intake). */
	@Transactional(readOnly = true)
	public java.util.Optional<Case> findTransferred(String partnerUnitCode, String partnerOrderNumber) {
		return repository.findBySourcePartnerCodeAndPartnerOrderNumber(partnerUnitCode, partnerOrderNumber);
	}

	/** A case the user may see, or 404. */
	@Transactional(readOnly = true)
	public Case get(String number, StaffUser user) {
		return repository.findByNumber(number)
			.filter(c -> visible(c, user))
			.orElseThrow(() -> new NotFoundException("No case " + number));
	}

	/**
	 * A case for a staff member in scope. N37: 应当对举报人的信息予以保密 — every view of a reporter's identity is
	 * recorded.
	 */
	@Transactional
	public CaseView view(String number, StaffUser user) {
		Case c = get(number, user);
		if (c.type() == CaseType.REPORT && c.complainant() != null) {
			jdbc.sql("insert into reporter_identity_view (case_number, username, viewed_at) values (?, ?, ?)")
				.params(number, user.getUsername(), java.sql.Timestamp.from(clock.instant()))
				.update();
		}
		return views.view(c, user);
	}

	public CaseView view(Case c, StaffUser user) {
		return views.view(c, user);
	}

	/** Performs a move on a case in the user's scope; the unit it names is looked up here. */
	@Transactional
	public Case move(String number, MoveCommand command, StaffUser user) {
		Case c = get(number, user);
		MoveCommand resolved = command;
		if (command.move() == Move.RETURN) {
			resolved = command.withTarget(organization.root().orElseThrow());
		}
		else if (command.target() == null && needsUnit(command.move())) {
			throw new InvalidRequestException("unitCode", "must name a unit of the tree");
		}
		else if (command.move() == Move.CATEGORIZE) {
			checkCategories(c.type(), command.category(), command.issue());
		}
		c.perform(resolved, Actor.of(user), clock.instant().truncatedTo(ChronoUnit.MICROS), policy());
		return repository.save(c);
	}

	/** Resolves a unit code given in a request, as a 400 naming the field when unknown. */
	public Unit unitFor(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return organization.find(code).orElseThrow(() -> new InvalidRequestException("unitCode", "unknown unit " + code));
	}

	/**
	 * Adds a note to a case's timeline on behalf of someone outside the staff scopes (a partner hotline's answer, the
	 * platform), the state unchanged.
	 */
	@Transactional
	public Case annotate(String number, Actor actor, String note) {
		Case c = repository.findByNumber(number).orElseThrow(() -> new NotFoundException("No case " + number));
		c.perform(new MoveCommand(Move.NOTE, null, note, null, null, null, null), actor,
				clock.instant().truncatedTo(ChronoUnit.MICROS), policy());
		return repository.save(c);
	}

	/** The codebook keys a case of this type may carry: a goods or services category, an issue or report type. */
	private void checkCategories(CaseType type, String category, String issue) {
		var errors = categories.problems(type == CaseType.REPORT, category, issue);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("Unknown codebook keys.", errors);
		}
	}

	private static boolean needsUnit(Move move) {
		return move == Move.DISPATCH || move == Move.REROUTE || move == Move.ASSIGN || move == Move.DELEGATE_MEDIATION;
	}

	boolean visible(Case c, StaffUser user) {
		if (user.atRoot()) {
			return true;
		}
		return seesUnit(c.handlingUnitCode(), user) || seesUnit(c.mediatorUnitCode(), user);
	}

	private boolean seesUnit(String code, StaffUser user) {
		return organization.find(code).map(u -> user.sees(u.path())).orElse(false);
	}

	/** Open cases in the user's scope, overdue and due soonest first (我的待办). */
	@Transactional(readOnly = true)
	public List<CaseSummary> queue(StaffUser user, CaseStatus status, int limit, int offset) {
		return queue(user, status, Urgency.ALL, limit, offset);
	}

	/** Which open cases a supervisor wants to see (督办): all, those past their due date, or those due soon. */
	public enum Urgency {
		ALL, OVERDUE, DUE_SOON
	}

	/**
	 * Open cases in the user's scope by urgency: overdue (超期) means past the due date, due soon (预警) means due within
	 * {@value CaseViews#DUE_SOON_WORKING_DAYS} working days.
	 */
	@Transactional(readOnly = true)
	public List<CaseSummary> queue(StaffUser user, CaseStatus status, Urgency urgency, int limit, int offset) {
		WorkingDayCalendar cal = calendar.current();
		LocalDate today = LocalDate.now(clock);
		StringBuilder sql = new StringBuilder("""
				select number, type, channel, status, received_at, complainant_name, complainant_phone, respondent_name,
				       handling_unit_code, due_date, due_step
				from cases where status not in ('CLOSED', 'WITHDRAWN', 'TRANSFERRED_OUT')
				""");
		List<Object> params = new ArrayList<>();
		if (!user.atRoot()) {
			String[] codes = organization.subtree(user.unitCode()).stream().map(Unit::code).toArray(String[]::new);
			sql.append(" and (handling_unit_code = any(?) or mediator_unit_code = any(?))");
			params.add(codes);
			params.add(codes);
		}
		if (status != null) {
			sql.append(" and status = ?");
			params.add(status.name());
		}
		if (urgency == Urgency.OVERDUE) {
			sql.append(" and due_date < ?");
			params.add(today);
		}
		else if (urgency == Urgency.DUE_SOON) {
			sql.append(" and due_date >= ? and due_date <= ?");
			params.add(today);
			params.add(cal.addWorkingDays(today, CaseViews.DUE_SOON_WORKING_DAYS));
		}
		sql.append(" order by due_date nulls last, received_at limit ? offset ?");
		params.add(Math.min(Math.max(limit, 1), 500));
		params.add(Math.max(offset, 0));
		return jdbc.sql(sql.toString()).params(params).query((rs, i) -> views.summary(rs, cal, today)).list();
	}
}
