package org.redshield.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redshield.cases.CaseFixtures.EVERYONE;
import static org.redshield.cases.CaseFixtures.POLICY;
import static org.redshield.cases.CaseFixtures.at;
import static org.redshield.cases.CaseFixtures.sample;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The clocks a case runs, on the shipped 2026 calendar (State Council notice: 1-7 October and 15-23 February 2026 are
 * holidays; 20 September, 10 October, 14 and 28 February 2026 are swapped workdays). Dates are counted by hand.
 */
class DeadlineTests {

	private static Case complaint(String receivedAt) {
		return Case.register("TS1", CaseFixtures.registration(CaseType.COMPLAINT, receivedAt), EVERYONE, at(receivedAt),
				POLICY);
	}

	private static void perform(Case c, Move move, String when) {
		c.perform(sample(move), EVERYONE, at(when), POLICY);
	}

	/**
	 * N15: 自收到投诉之日起七个工作日内作出受理或者不予受理的决定. N45: 开始的当日不计入. Received Wed 30 Sep 2026: 8 Oct (1),
	 * 9 Oct (2), Sat 10 Oct swapped workday (3), 12-15 Oct (4-7).
	 */
	@Test
	void acceptanceIsDueSevenWorkingDaysAfterReceiptAcrossNationalDay() {
		Case c = complaint("2026-09-30T16:00:00+08:00");
		assertThat(c.deadline(DeadlineStep.ACCEPTANCE).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(c.dueStep()).isEqualTo(DeadlineStep.ACCEPTANCE);
	}

	/** Received Thu 12 Feb 2026: 13 Feb (1), Sat 14 Feb swapped (2), 24-27 Feb (3-6), Sat 28 Feb swapped (7). */
	@Test
	void acceptanceAcrossSpringFestivalCountsTheSwappedSaturdays() {
		Case c = complaint("2026-02-12T09:00:00+08:00");
		assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	/** Receipt dates are China Standard Time: 23:30 UTC on 29 Sep is 07:30 on 30 Sep in Beijing. */
	@Test
	void receiptDateIsTakenInChinaStandardTime() {
		Case c = complaint("2026-09-29T23:30:00Z");
		assertThat(c.receivedOn()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	/**
	 * N23(5): 自投诉受理之日起六十日内...未能达成调解协议的, 终止调解; N45: 期间届满的最后一日是法定节假日的, 以法定节假日后的
	 * 第一日为期间届满的日期. Accepted 3 Jun 2026 + 60 days = Sun 2 Aug → Mon 3 Aug.
	 */
	@Test
	void mediationPeriodEndingOnASundayEndsOnTheMonday() {
		Case c = complaint("2026-06-01T09:00:00+08:00");
		perform(c, Move.DISPATCH, "2026-06-01T10:00:00+08:00");
		perform(c, Move.ACCEPT, "2026-06-03T10:00:00+08:00");
		assertThat(c.deadline(DeadlineStep.MEDIATION).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 8, 3));
	}

	/** Accepted 4 Aug 2026 + 60 days = Sat 3 Oct, inside National Day → Thu 8 Oct, the first working day after. */
	@Test
	void mediationPeriodEndingInNationalDayEndsOnTheFirstWorkingDayAfter() {
		Case c = complaint("2026-08-03T09:00:00+08:00");
		perform(c, Move.DISPATCH, "2026-08-03T10:00:00+08:00");
		perform(c, Move.ACCEPT, "2026-08-04T10:00:00+08:00");
		assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	/**
	 * N22: 鉴定、检测所需时间不计算在调解期限内. Accepted 1 Jun, paused for appraisal 10 Jun to 20 Jun (10 days): 1 Jun + 70
	 * days = Mon 10 Aug. While paused the mediation clock is not due.
	 */
	@Test
	void appraisalTimeIsNotCountedInTheMediationPeriod() {
		Case c = complaint("2026-06-01T09:00:00+08:00");
		perform(c, Move.DISPATCH, "2026-06-01T09:30:00+08:00");
		perform(c, Move.ACCEPT, "2026-06-01T10:00:00+08:00");
		perform(c, Move.START_MEDIATION, "2026-06-02T10:00:00+08:00");
		perform(c, Move.PAUSE_MEDIATION, "2026-06-10T10:00:00+08:00");
		assertThat(c.deadline(DeadlineStep.MEDIATION).orElseThrow().paused()).isTrue();
		assertThat(c.dueDate()).isNull();
		perform(c, Move.RESUME_MEDIATION, "2026-06-20T10:00:00+08:00");
		assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 8, 10));
		assertThat(c.deadline(DeadlineStep.MEDIATION).orElseThrow().extended()).isTrue();
	}

	/**
	 * Items received before 2026-04-15 follow the repealed interim measures (Order 20, Art. 21(5)): 自投诉受理之日起四十五个
	 * 工作日内未能达成调解协议的, 终止调解. Received 14 Apr, accepted Mon 20 Apr 2026: 45 working days, skipping 1-5 May,
	 * counting Sat 9 May and skipping Fri 19 Jun (Dragon Boat), end on Thu 25 Jun. Received 15 Apr under Order 121 and
	 * accepted the same Monday: 60 days end on Sun 21 Jun, a holiday, so on Mon 22 Jun.
	 */
	@Test
	void itemsReceivedBeforeOrder121FollowTheRepealedMeasures() {
		Case old = complaint("2026-04-14T09:00:00+08:00");
		assertThat(old.rules()).isEqualTo(RuleSet.ORDER_20_2019);
		perform(old, Move.DISPATCH, "2026-04-14T10:00:00+08:00");
		perform(old, Move.ACCEPT, "2026-04-20T10:00:00+08:00");
		assertThat(old.dueDate()).isEqualTo(LocalDate.of(2026, 6, 25));

		Case current = complaint("2026-04-15T09:00:00+08:00");
		assertThat(current.rules()).isEqualTo(RuleSet.ORDER_121_2026);
		perform(current, Move.DISPATCH, "2026-04-15T10:00:00+08:00");
		perform(current, Move.ACCEPT, "2026-04-20T10:00:00+08:00");
		
		assertThat(current.dueDate()).isEqualTo(LocalDate.of(2026, 6, 22));
	}

	/** N23: 自作出终止调解决定之日起七个工作日内告知. Terminated Fri 25 Sep 2026 (a holiday): 28-30 Sep, 8, 9, 10, 12 Oct. */
	@Test
	void terminationNoticeIsDueSevenWorkingDaysAfterTheDecision() {
		Case c = complaint("2026-09-21T09:00:00+08:00");
		perform(c, Move.DISPATCH, "2026-09-21T10:00:00+08:00");
		perform(c, Move.ACCEPT, "2026-09-22T10:00:00+08:00");
		perform(c, Move.TERMINATE_MEDIATION, "2026-09-25T10:00:00+08:00");
		assertThat(c.deadline(DeadlineStep.TERMINATION_NOTICE).orElseThrow().dueDate())
			.isEqualTo(LocalDate.of(2026, 10, 12));
		assertThat(c.deadline(DeadlineStep.MEDIATION).orElseThrow().open()).isFalse();
	}

	/**
	 * N35 with 行政处罚程序规定 Art. 18: 十五个工作日内予以核查, 特殊情况下经批准可以延长十五个工作日. Received Mon 7 Sep 2026:
	 * 15 working days (20 Sep swapped workday counts; 25 Sep holiday skipped) → Mon 28 Sep; +15 → 23 Oct.
	 */
	@Test
	void reportVerificationRunsFifteenWorkingDaysAndExtendsOnceByFifteen() {
		Case c = Case.register("JB1", CaseFixtures.registration(CaseType.REPORT, "2026-09-07T09:00:00+08:00"), EVERYONE,
				at("2026-09-07T09:00:00+08:00"), POLICY);
		assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 9, 28));
		perform(c, Move.DISPATCH, "2026-09-07T10:00:00+08:00");
		perform(c, Move.START_VERIFICATION, "2026-09-08T10:00:00+08:00");
		perform(c, Move.EXTEND_VERIFICATION, "2026-09-20T10:00:00+08:00");
		assertThat(c.dueDate()).isEqualTo(LocalDate.of(2026, 10, 23));
		assertThat(c.deadline(DeadlineStep.VERIFICATION).orElseThrow().extended()).isTrue();
	}

	/** N33: 自发生争议之日起七个工作日内协商解决; settled when the dispatcher designates the unit. */
	@Test
	void competenceDisputeRunsSevenWorkingDaysUntilTheCaseIsRerouted() {
		Case c = complaint("2026-10-09T09:00:00+08:00");
		perform(c, Move.DISPATCH, "2026-10-09T10:00:00+08:00");
		perform(c, Move.DISPUTE_COMPETENCE, "2026-10-09T11:00:00+08:00");
		// 10 Oct (Sat, swapped), 12-16 Oct, 19 Oct
		assertThat(c.deadline(DeadlineStep.COMPETENCE_DISPUTE).orElseThrow().dueDate())
			.isEqualTo(LocalDate.of(2026, 10, 19));
		perform(c, Move.REROUTE, "2026-10-12T11:00:00+08:00");
		assertThat(c.deadline(DeadlineStep.COMPETENCE_DISPUTE).orElseThrow().open()).isFalse();
	}
}
