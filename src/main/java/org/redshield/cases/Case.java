package org.redshield.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.security.access.AccessDeniedException;

import org.redshield.cases.Lifecycle.Transition;
import org.redshield.organizations.Unit;
import org.redshield.organizations.UnitKind;
import org.redshield.shared.ChinaTime;
import org.redshield.shared.ConflictException;
import org.redshield.shared.Enums;
import org.redshield.shared.InvalidRequestException;

/**
 * A registered item (诉求件): complaint, report, consultation, suggestion or request for help. It moves only through
 * its lifecycle's transition table; every move adds a timeline entry, adjusts the deadlines and publishes
 * {@link CaseMoved}.
 */
@Table("cases")
public class Case extends AbstractAggregateRoot<Case> {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String number;

	private CaseType type;

	private Channel channel;

	private CaseStatus status;

	private RuleSet rules;

	private Instant receivedAt;

	private LocalDate receivedOn;

	@Embedded.Nullable(prefix = "complainant_")
	private Party complainant;

	@Embedded.Nullable(prefix = "respondent_")
	private Respondent respondent;

	private String conductDivisionCode;

	private String request;

	private String facts;

	private BigDecimal amount;

	private String handlingUnitCode;

	private String transferDivisionCode;

	private String competentDivisionCode;

	private String routingBasis;

	private String mediatorUnitCode;

	private String linkedCaseNumber;

	private String sourcePartnerCode;

	private String partnerOrderNumber;

	private String transferTargetCode;

	private String categoryKey;

	private String issueKey;

	private BigDecimal recoveredAmount;

	private String refusalReason;

	private String terminationReason;

	private String answer;

	private LocalDate acceptedOn;

	private LocalDate pausedSince;

	private int pausedUnits;

	private boolean verificationExtended;

	private LocalDate dueDate;

	private DeadlineStep dueStep;

	private Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "case_id", keyColumn = "seq")
	private List<TimelineEntry> timeline = new ArrayList<>();

	@MappedCollection(idColumn = "case_id", keyColumn = "idx")
	private List<Deadline> deadlines = new ArrayList<>();

	Case() {
	}

	/**
	 * Registers a new item (登记). The rules are those in force on the day of receipt; complaints start the N15
	 * acceptance clock and reports the N35 verification clock at receipt.
	 */
	public static Case register(String number, Registration r, Actor actor, Instant now, DeadlinePolicy policy) {
		Case c = new Case();
		c.number = number;
		c.type = r.type();
		c.channel = r.channel();
		c.receivedAt = r.receivedAt();
		c.receivedOn = ChinaTime.dateOf(r.receivedAt());
		c.rules = RuleSet.forReceipt(c.receivedOn);
		c.complainant = r.complainant();
		c.respondent = r.respondent();
		c.conductDivisionCode = r.conductDivisionCode();
		c.request = r.request();
		c.facts = r.facts();
		c.amount = r.amount();
		c.linkedCaseNumber = r.linkedCaseNumber();
		c.categoryKey = r.category();
		c.issueKey = r.issue();
		c.competentDivisionCode = r.competentDivisionCode();
		c.routingBasis = r.routingBasis();
		c.handlingUnitCode = r.intakeUnitCode();
		if (r.source() != null) {
			c.sourcePartnerCode = r.source().partnerUnitCode();
			c.partnerOrderNumber = r.source().partnerOrderNumber();
			if (r.source().feedbackDueDate() != null) {
				c.deadlines.add(new Deadline(DeadlineStep.FEEDBACK, c.receivedOn, r.source().feedbackDueDate(), false,
						false, null));
			}
		}
		c.createdAt = now;
		c.status = CaseStatus.REGISTERED;
		if (c.type == CaseType.COMPLAINT) {
			c.deadlines.add(new Deadline(DeadlineStep.ACCEPTANCE, c.receivedOn, policy.acceptance(c.rules, c.receivedOn),
					false, false, null));
		}
		else if (c.type == CaseType.REPORT) {
			c.deadlines.add(new Deadline(DeadlineStep.VERIFICATION, c.receivedOn,
					policy.verification(c.rules, c.receivedOn, false), false, false, null));
		}
		c.record(Move.REGISTER, null, CaseStatus.REGISTERED, actor, now, null, null);
		return c;
	}

	/**
	 * Performs a move: checks the transition table (409 when the move is illegal now) and the actor's roles (403),
	 * applies the move's effects, records it on the timeline and publishes {@link CaseMoved}.
	 */
	public void perform(MoveCommand command, Actor actor, Instant now, DeadlinePolicy policy) {
		Move move = command.move();
		Transition transition = type.lifecycle()
			.find(status, move)
			.orElseThrow(() -> new ConflictException(
					"Move " + move.path() + " is not allowed for a " + type + " in status " + status + "."));
		if (actor.system() ? !transition.bySystem() : actor.roles().stream().noneMatch(transition.roles()::contains)) {
			throw new AccessDeniedException("Your role may not " + move.path() + " this case.");
		}
		LocalDate today = ChinaTime.dateOf(now);
		String reason = null;
		String note = command.note();
		switch (move) {
			case DISPATCH, REROUTE -> sendTo(requireRegulator(command), today);
			case ASSIGN -> assign(command, today);
			case AWAIT_TRANSFER -> awaitTransfer(command);
			case TRANSFER_OUT -> note = transferOut(command, today);
			case RETURN -> returnToCentre(command, today);
			case DISPUTE_COMPETENCE -> disputeCompetence(today, policy);
			case ACCEPT -> accept(today, policy);
			case REFUSE -> {
				RefusalReason r = Enums.parse(RefusalReason.class, command.reason(), "reason");
				refuse(r, today);
				reason = r.name();
				note = join(r.label(), note, RefusalReason.ARTICLE_39_ROUTES);
			}
			case START_MEDIATION -> ensureMediationClock(today, policy);
			case DELEGATE_MEDIATION -> delegateMediation(command, today, policy);
			case PAUSE_MEDIATION -> {
				PauseReason r = command.reason() == null ? PauseReason.APPRAISAL
						: Enums.parse(PauseReason.class, command.reason(), "reason");
				pauseMediation(today);
				reason = r.name();
				note = join(r.label(), note, null);
			}
			case RESUME_MEDIATION -> resumeMediation(today, policy);
			case RECORD_AGREEMENT -> recordAgreement(command, today);
			case TERMINATE_MEDIATION -> {
				TerminationReason r = Enums.parse(TerminationReason.class, command.reason(), "reason");
				terminateMediation(r, today, policy);
				reason = r.name();
				note = join(r.label(), note, null);
			}
			case START_VERIFICATION -> {
				// the N35 clock already runs from receipt
			}
			case EXTEND_VERIFICATION -> extendVerification(command, policy);
			case OPEN_CASE, DECLINE_CASE -> meet(DeadlineStep.VERIFICATION, today);
			case TRANSFER_REPORT -> {
				meet(DeadlineStep.VERIFICATION, today);
				transferTargetCode = command.target() == null ? null : command.target().code();
			}
			case CATEGORIZE -> {
				if (command.category() == null && command.issue() == null) {
					throw new InvalidRequestException("category", "name a category or an issue");
				}
				reason = "category " + categoryKey + " → " + (command.category() == null ? categoryKey : command.category())
						+ ", issue " + issueKey + " → " + (command.issue() == null ? issueKey : command.issue());
				categoryKey = command.category() == null ? categoryKey : command.category();
				issueKey = command.issue() == null ? issueKey : command.issue();
			}
			case NOTE -> {
				if (blank(note)) {
					throw new InvalidRequestException("note", "must not be blank");
				}
			}
			case ANSWER -> answer(command);
			case CLOSE -> meet(DeadlineStep.TERMINATION_NOTICE, today);
			case WITHDRAW -> {
			}
			case REGISTER -> throw new ConflictException("A case is registered only once.");
		}
		CaseStatus from = status;
		status = transition.to();
		if (status.isFinal()) {
			closeAllDeadlines(today);
		}
		record(move, from, status, actor, now, reason, note);
	}

	private Unit requireRegulator(MoveCommand command) {
		Unit unit = requireTarget(command);
		if (unit.kind() != UnitKind.BUREAU && unit.kind() != UnitKind.BRANCH_OFFICE && unit.kind() != UnitKind.CENTRE) {
			throw new InvalidRequestException("unitCode", "must be a centre, bureau or branch office");
		}
		return unit;
	}

	private static Unit requireTarget(MoveCommand command) {
		if (command.target() == null) {
			throw new InvalidRequestException("unitCode", "must name a unit of the tree");
		}
		return command.target();
	}

	private void sendTo(Unit unit, LocalDate today) {
		handlingUnitCode = unit.code();
		transferDivisionCode = null;
		meet(DeadlineStep.COMPETENCE_DISPUTE, today);
	}

	/** N30: a bureau hands the case to one of its own branch offices; it may not send it sideways (N41). */
	private void assign(MoveCommand command, LocalDate today) {
		Unit unit = requireRegulator(command);
		String currentPath = "/" + handlingUnitCode + "/";
		if (!unit.path().contains(currentPath) || unit.code().equals(handlingUnitCode)) {
			throw new InvalidRequestException("unitCode",
					"must be a unit below the handling unit; a unit without competence returns the case to the centre (N41)");
		}
		sendTo(unit, today);
	}

	private void awaitTransfer(MoveCommand command) {
		if (command.divisionCode() == null) {
			throw new InvalidRequestException("divisionCode", "must name the competent division");
		}
		transferDivisionCode = command.divisionCode();
		handlingUnitCode = null;
	}

	private String transferOut(MoveCommand command, LocalDate today) {
		if (blank(command.note()) && command.divisionCode() == null && transferDivisionCode == null
				&& command.target() == null) {
			throw new InvalidRequestException("note", "must say where the case goes");
		}
		if (command.divisionCode() != null) {
			transferDivisionCode = command.divisionCode();
		}
		transferTargetCode = command.target() == null ? null : command.target().code();
		return command.note();
	}

	/** N41: 不具备处理权限的，应当及时反馈统一接收投诉举报的工作机构，不得自行移送. */
	private void returnToCentre(MoveCommand command, LocalDate today) {
		if (blank(command.note())) {
			throw new InvalidRequestException("note", "must say why the unit is not competent");
		}
		handlingUnitCode = requireTarget(command).code();
	}

	private void disputeCompetence(LocalDate today, DeadlinePolicy policy) {
		if (deadline(DeadlineStep.COMPETENCE_DISPUTE).filter(Deadline::open).isPresent()) {
			throw new ConflictException("A competence dispute is already open for this case.");
		}
		deadlines.removeIf(d -> d.step() == DeadlineStep.COMPETENCE_DISPUTE);
		deadlines.add(new Deadline(DeadlineStep.COMPETENCE_DISPUTE, today, policy.competenceDispute(rules, today), false,
				false, null));
	}

	private void accept(LocalDate today, DeadlinePolicy policy) {
		meet(DeadlineStep.ACCEPTANCE, today);
		acceptedOn = today;
		ensureMediationClock(today, policy);
	}

	private void ensureMediationClock(LocalDate today, DeadlinePolicy policy) {
		if (deadline(DeadlineStep.MEDIATION).isEmpty()) {
			LocalDate start = acceptedOn == null ? today : acceptedOn;
			deadlines.add(new Deadline(DeadlineStep.MEDIATION, start, policy.mediation(rules, start, 0), false, false, null));
		}
	}

	private void refuse(RefusalReason reason, LocalDate today) {
		meet(DeadlineStep.ACCEPTANCE, today);
		refusalReason = reason.name();
	}

	/** N19: 经投诉人和被投诉人同意，可以将投诉委托消费者协会或者依法成立的其他调解组织调解. */
	private void delegateMediation(MoveCommand command, LocalDate today, DeadlinePolicy policy) {
		Unit unit = requireTarget(command);
		if (unit.kind() != UnitKind.CONSUMER_ASSOCIATION) {
			throw new InvalidRequestException("unitCode", "must be a consumer association (N19)");
		}
		mediatorUnitCode = unit.code();
		ensureMediationClock(today, policy);
	}

	/** N22: 鉴定、检测所需时间不计算在调解期限内. */
	private void pauseMediation(LocalDate today) {
		pausedSince = today;
		replace(DeadlineStep.MEDIATION, d -> d.due(d.dueDate(), d.extended(), true));
	}

	private void resumeMediation(LocalDate today, DeadlinePolicy policy) {
		pausedUnits += policy.pauseLength(rules, pausedSince, today);
		pausedSince = null;
		replace(DeadlineStep.MEDIATION,
				d -> d.due(policy.mediation(rules, d.startDate(), pausedUnits), pausedUnits > 0, false));
	}

	private void recordAgreement(MoveCommand command, LocalDate today) {
		BigDecimal recovered = command.recoveredAmount();
		if (recovered == null || recovered.signum() < 0 || recovered.scale() > 2
				|| recovered.compareTo(new BigDecimal("1000000000")) >= 0) {
			throw new InvalidRequestException("recoveredAmount",
					"must be the amount recovered in yuan, 0 or more, at most two decimals");
		}
		recoveredAmount = recovered;
		meet(DeadlineStep.MEDIATION, today);
	}

	private void terminateMediation(TerminationReason reason, LocalDate today, DeadlinePolicy policy) {
		terminationReason = reason.name();
		pausedSince = null;
		meet(DeadlineStep.MEDIATION, today);
		deadlines.add(new Deadline(DeadlineStep.TERMINATION_NOTICE, today, policy.terminationNotice(rules, today),
				false, false, null));
	}

	/** Extension by 15 working days, once, with the head's approval (N27; 行政处罚程序规定 Art. 18). */
	private void extendVerification(MoveCommand command, DeadlinePolicy policy) {
		if (verificationExtended) {
			throw new ConflictException("Verification was already extended once; it can be extended only once.");
		}
		if (blank(command.note())) {
			throw new InvalidRequestException("note", "must record the approval of the head of the department");
		}
		verificationExtended = true;
		replace(DeadlineStep.VERIFICATION, d -> d.due(policy.verification(rules, d.startDate(), true), true, false));
	}

	private void answer(MoveCommand command) {
		if (blank(command.answer())) {
			throw new InvalidRequestException("answer", "must not be blank");
		}
		answer = command.answer();
	}

	private void meet(DeadlineStep step, LocalDate today) {
		replace(step, d -> d.open() ? d.met(today) : d);
	}

	private void closeAllDeadlines(LocalDate today) {
		deadlines.replaceAll(d -> d.open() ? d.met(today) : d);
	}

	private void replace(DeadlineStep step, java.util.function.UnaryOperator<Deadline> change) {
		deadlines.replaceAll(d -> d.step() == step ? change.apply(d) : d);
	}

	public Optional<Deadline> deadline(DeadlineStep step) {
		return deadlines.stream().filter(d -> d.step() == step).findFirst();
	}

	/** The earliest open, running deadline: what the case is due for next. */
	public Optional<Deadline> nextDeadline() {
		return deadlines.stream()
			.filter(d -> d.open() && !d.paused())
			.min(Comparator.comparing(Deadline::dueDate));
	}

	private void record(Move move, CaseStatus from, CaseStatus to, Actor actor, Instant now, String reason,
			String note) {
		timeline.add(new TimelineEntry(now, move, from, to, actor.username(), actor.displayName(),
				actor.system() ? handlingUnitCode : actor.unitCode(), reason, note));
		Optional<Deadline> next = nextDeadline();
		dueDate = next.map(Deadline::dueDate).orElse(null);
		dueStep = next.map(Deadline::step).orElse(null);
		updatedAt = now;
		registerEvent(new CaseMoved(number, type, channel, move, from, to, handlingUnitCode, reason, note, now,
				actor.username(), sourcePartnerCode, partnerOrderNumber,
				move == Move.TRANSFER_OUT || move == Move.TRANSFER_REPORT ? transferTargetCode : null));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String join(String first, String second, String third) {
		StringBuilder b = new StringBuilder(first);
		if (!blank(second)) {
			b.append("；").append(second);
		}
		if (third != null) {
			b.append("。").append(third);
		}
		return b.toString();
	}

	public Long id() {
		return id;
	}

	public String number() {
		return number;
	}

	public CaseType type() {
		return type;
	}

	public Channel channel() {
		return channel;
	}

	public CaseStatus status() {
		return status;
	}

	public RuleSet rules() {
		return rules;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public Party complainant() {
		return complainant;
	}

	public Respondent respondent() {
		return respondent;
	}

	public String conductDivisionCode() {
		return conductDivisionCode;
	}

	public String request() {
		return request;
	}

	public String facts() {
		return facts;
	}

	public BigDecimal amount() {
		return amount;
	}

	public String handlingUnitCode() {
		return handlingUnitCode;
	}

	public String transferDivisionCode() {
		return transferDivisionCode;
	}

	public String competentDivisionCode() {
		return competentDivisionCode;
	}

	public String routingBasis() {
		return routingBasis;
	}

	public String mediatorUnitCode() {
		return mediatorUnitCode;
	}

	public String linkedCaseNumber() {
		return linkedCaseNumber;
	}

	/** The partner hotline unit that transferred the item in, or null. */
	public String sourcePartnerCode() {
		return sourcePartnerCode;
	}

	/** Codebook key of the goods or services category, or null. */
	public String categoryKey() {
		return categoryKey;
	}

	/** Codebook key of the issue type (or report type), or null. */
	public String issueKey() {
		return issueKey;
	}

	/** The unit (partner hotline, police, another agency) a case was transferred out to, or null. */
	public String transferTargetCode() {
		return transferTargetCode;
	}

	/** The partner's own work-order number (对方工单号), or null. */
	public String partnerOrderNumber() {
		return partnerOrderNumber;
	}

	void linkTo(String otherNumber) {
		this.linkedCaseNumber = otherNumber;
	}

	public BigDecimal recoveredAmount() {
		return recoveredAmount;
	}

	public String refusalReason() {
		return refusalReason;
	}

	public String terminationReason() {
		return terminationReason;
	}

	public String answer() {
		return answer;
	}

	public LocalDate acceptedOn() {
		return acceptedOn;
	}

	public boolean verificationExtended() {
		return verificationExtended;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public DeadlineStep dueStep() {
		return dueStep;
	}

	public List<TimelineEntry> timeline() {
		return List.copyOf(timeline);
	}

	public List<Deadline> deadlines() {
		return List.copyOf(deadlines);
	}
}
