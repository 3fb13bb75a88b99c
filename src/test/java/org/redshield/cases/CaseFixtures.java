package org.redshield.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import org.redshield.calendar.WorkingDayCalendar;
import org.redshield.organizations.Role;
import org.redshield.organizations.Unit;
import org.redshield.organizations.UnitKind;

/**
 * Cases and units for pure tests of the aggregate: a small tree centre → bureau → branch office, a consumer
 * association, and a telecom complaint in Handan.
 */
public final class CaseFixtures {

	public static final Unit CENTRE = new Unit("C", "邯郸市12315指挥中心", UnitKind.CENTRE, null, "130400",
			List.of("130400"), "/C/");

	public static final Unit BUREAU = new Unit("B1", "丛台区市场监督管理局", UnitKind.BUREAU, "C", "130403",
			List.of("130403"), "/C/B1/");

	public static final Unit OTHER_BUREAU = new Unit("B2", "武安市市场监督管理局", UnitKind.BUREAU, "C", "130481",
			List.of("130481"), "/C/B2/");

	public static final Unit BRANCH = new Unit("B1-01", "中华大街市场监管所", UnitKind.BRANCH_OFFICE, "B1", "130403",
			List.of(), "/C/B1/B1-01/");

	public static final Unit ASSOCIATION = new Unit("XH", "邯郸市消费者协会", UnitKind.CONSUMER_ASSOCIATION, "C",
			"130400", List.of(), "/C/XH/");

	/** Someone holding every staff role, to reach every move of the tables. */
	public static final Actor EVERYONE = new Actor("tester", "测试", "C",
			EnumSet.of(Role.OPERATOR, Role.DISPATCHER, Role.OFFICER, Role.LEADER), false);

	public static final DeadlinePolicy POLICY = new DeadlinePolicy(WorkingDayCalendar.shipped());

	private CaseFixtures() {
	}

	public static Instant at(String isoWithOffset) {
		return OffsetDateTime.parse(isoWithOffset).toInstant();
	}

	public static Registration telecomComplaintInHandan(String receivedAt) {
		return registration(CaseType.COMPLAINT, receivedAt);
	}

	public static Registration registration(CaseType type, String receivedAt) {
		return new Registration(type, Channel.HOTLINE, at(receivedAt),
				new Party("张三", "13800138000", "河北省邯郸市丛台区人民路1号"),
				new Respondent("中国移动邯郸分公司丛台营业厅", "邯郸市丛台区中华北大街1号", "130403", null, null), null,
				"退还多收的流量费", "2026年9月被多扣流量费120元", new BigDecimal("120"), null, "C", "130403",
				"N13 被投诉人实际经营地或住所地", "B1", null, null, null, "S07", "I12");
	}

	/** A new case of the type, registered (not yet dispatched) at the given instant. */
	public static Case registered(CaseType type, String receivedAt) {
		return Case.register(type.prefix() + "TEST", registration(type, receivedAt), EVERYONE, at(receivedAt), POLICY);
	}

	/** A sample command for each move, with what that move needs. */
	public static MoveCommand sample(Move move) {
		return switch (move) {
			case DISPATCH -> MoveCommand.of(move).withTarget(BUREAU);
			case REROUTE -> MoveCommand.of(move).withTarget(OTHER_BUREAU);
			case ASSIGN -> MoveCommand.of(move).withTarget(BRANCH);
			case RETURN -> new MoveCommand(move, null, "本局无管辖权", null, CENTRE, null, null);
			case AWAIT_TRANSFER -> new MoveCommand(move, null, null, null, null, "110105", null);
			case TRANSFER_OUT -> new MoveCommand(move, null, "转北京市朝阳区市场监管局", null, null, "110105", null);
			case REFUSE -> new MoveCommand(move, RefusalReason.OVER_THREE_YEARS.name(), null, null, null, null, null);
			case TERMINATE_MEDIATION -> new MoveCommand(move, TerminationReason.PARTY_REFUSED.name(), null, null, null,
					null, null);
			case PAUSE_MEDIATION -> new MoveCommand(move, PauseReason.APPRAISAL.name(), null, null, null, null, null);
			case DELEGATE_MEDIATION -> MoveCommand.of(move).withTarget(ASSOCIATION);
			case RECORD_AGREEMENT -> new MoveCommand(move, null, null, new BigDecimal("120.00"), null, null, null);
			case EXTEND_VERIFICATION -> new MoveCommand(move, null, "局长批准延长", null, null, null, null);
			case ANSWER -> new MoveCommand(move, null, null, null, null, null, "已告知消费者可依法要求退货");
			case NOTE -> new MoveCommand(move, null, "已电话联系消费者", null, null, null, null);
			case CATEGORIZE -> MoveCommand.categorize("G127", "I01", "更正分类");
			default -> MoveCommand.of(move);
		};
	}
}
