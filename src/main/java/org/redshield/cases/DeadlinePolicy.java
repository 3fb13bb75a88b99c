package org.redshield.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.redshield.calendar.WorkingDayCalendar;

/**
 * The due dates of each step (办理时限), counted by N45 on the working-day calendar under the rules of the day of
 * receipt. Pure: a function of the calendar and the dates given.
 */
public final class DeadlinePolicy {

	private final WorkingDayCalendar calendar;

	public DeadlinePolicy(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	public WorkingDayCalendar calendar() {
		return calendar;
	}

	/** N15: 自收到投诉之日起七个工作日内作出受理或者不予受理的决定. */
	public LocalDate acceptance(RuleSet rules, LocalDate receivedOn) {
		return calendar.addWorkingDays(receivedOn, rules.acceptanceWorkingDays());
	}

	/**
	 * N23(5): 自投诉受理之日起六十日内未能达成调解协议的, 终止调解; N22: 鉴定、检测所需时间不计算在调解期限内. Under the
	 * repealed measures: 45 working days.
	 * @param paused time paused so far, in the period's own unit (days, or working days under the old rules)
	 */
	public LocalDate mediation(RuleSet rules, LocalDate acceptedOn, int paused) {
		int length = rules.mediationPeriod() + paused;
		return rules.mediationInWorkingDays() ? calendar.addWorkingDays(acceptedOn, length)
				: calendar.addDays(acceptedOn, length);
	}

	/** The length of a pause in the mediation period's unit: the days from pausing to resuming. */
	public int pauseLength(RuleSet rules, LocalDate pausedOn, LocalDate resumedOn) {
		if (!resumedOn.isAfter(pausedOn)) {
			return 0;
		}
		if (!rules.mediationInWorkingDays()) {
			return (int) ChronoUnit.DAYS.between(pausedOn, resumedOn);
		}
		return Math.max(0, calendar.workingDaysUntil(pausedOn, resumedOn));
	}

	/** N23: 自作出终止调解决定之日起七个工作日内告知投诉人和被投诉人. */
	public LocalDate terminationNotice(RuleSet rules, LocalDate decidedOn) {
		return calendar.addWorkingDays(decidedOn, rules.terminationNoticeWorkingDays());
	}

	/** N27, N35 (行政处罚程序规定 Art. 18): 十五个工作日内予以核查, 经批准可以延长十五个工作日. */
	public LocalDate verification(RuleSet rules, LocalDate startedOn, boolean extended) {
		int days = rules.verificationWorkingDays() + (extended ? rules.verificationExtensionWorkingDays() : 0);
		return calendar.addWorkingDays(startedOn, days);
	}

	/** N33: 自发生争议之日起七个工作日内协商解决. */
	public LocalDate competenceDispute(RuleSet rules, LocalDate raisedOn) {
		return calendar.addWorkingDays(raisedOn, rules.competenceDisputeWorkingDays());
	}
}
