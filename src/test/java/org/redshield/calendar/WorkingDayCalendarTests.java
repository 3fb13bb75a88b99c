package org.redshield.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Period arithmetic on the shipped table (chinese-days 1.5.7). Every expected date was counted by hand from the JSON
 * and a printed calendar; the comments show the count.
 * <p>
 * N15 (第十五条): "应当自收到投诉之日起七个工作日内作出受理或者不予受理的决定".
 * <p>
 * N45 (第四十五条): "按照年、月、日计算期间的，开始的当日不计入，自下一工作日或者自然日开始计算。期间届满的最后一日是法定节假日的，
 * 以法定节假日后的第一日为期间届满的日期。"
 */
class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

	// 2026 National Day: holidays 10-01..10-07 (Thu..Wed; 10-08 is not listed), swapped workdays Sun 09-20 and
	// Sat 10-10.

	@Test
	void nationalDay2026HolidaysAreNotWorkingDays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // Thursday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse(); // Monday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse(); // Wednesday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue(); // Thursday, first day back
		assertThat(calendar.holidayName(LocalDate.of(2026, 10, 1))).contains("国庆节");
	}

	@Test
	void swappedWeekendWorkdaysAreWorkingDays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue(); // Saturday 调休上班
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue(); // Sunday 调休上班
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse(); // ordinary Sunday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 17))).isFalse(); // ordinary Saturday
	}

	@Test
	void acceptanceDeadlineSpansNationalDayAndCountsTheSwappedSaturday() {
		// Received Wed 2026-09-30. 10-01..07 holidays; WD1 Thu 10-08, WD2 Fri 10-09, WD3 Sat 10-10 (调休上班),
		// Sun 10-11 off, WD4 Mon 10-12, WD5 10-13, WD6 10-14, WD7 Thu 10-15.
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 7)).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	@Test
	void acceptanceDeadlineSpansSpringFestivalAndCountsBothSwappedSaturdays() {
		// 2026 Spring Festival: holidays Sun 02-15..Mon 02-23, swapped workdays Sat 02-14 and Sat 02-28.
		// Received Thu 2026-02-12. WD1 Fri 02-13, WD2 Sat 02-14, 02-15..23 off, WD3 Tue 02-24, WD4 02-25, WD5 02-26,
		// WD6 Fri 02-27, WD7 Sat 02-28.
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 7)).isEqualTo(LocalDate.of(2026, 2, 28));
	}

	@Test
	void receiptDayIsNotCountedWhenReceivedOnAWorkingDay() {
		// Received Mon 2026-03-02 (an ordinary March week): day 1 is Tue 03-03, not the Monday itself.
		LocalDate monday = LocalDate.of(2026, 3, 2);
		assertThat(calendar.addWorkingDays(monday, 1)).isEqualTo(LocalDate.of(2026, 3, 3));
		// WD1..4 Tue 03-03..Fri 03-06, weekend, WD5..7 Mon 03-09..Wed 03-11.
		assertThat(calendar.addWorkingDays(monday, 7)).isEqualTo(LocalDate.of(2026, 3, 11));
	}

	@Test
	void countingStartsOnTheNextWorkingDayWhenReceivedOnASunday() {
		// Received Sun 2026-03-08: WD1 Mon 03-09 .. WD5 Fri 03-13, weekend, WD6 Mon 03-16, WD7 Tue 03-17.
		LocalDate sunday = LocalDate.of(2026, 3, 8);
		assertThat(calendar.addWorkingDays(sunday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(calendar.addWorkingDays(sunday, 7)).isEqualTo(LocalDate.of(2026, 3, 17));
	}

	@Test
	void zeroWorkingDaysIsTheStartingDay() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 3));
	}

	@Test
	void dayPeriodEndingOnASundayEndsOnTheMonday() {
		// Wed 2026-01-21 + 60 days: 10 days to 01-31, 28 to 02-28, 22 to Sun 03-22; next working day Mon 03-23.
		assertThat(calendar.addDays(LocalDate.of(2026, 1, 21), 60)).isEqualTo(LocalDate.of(2026, 3, 23));
	}

	@Test
	void dayPeriodEndingInsideNationalDayEndsOnTheFirstWorkingDayAfterIt() {
		// Tue 2026-08-04 + 60 days: 27 days to 08-31, 30 to 09-30, 3 to Sat 10-03 (holiday); 10-04..07 holidays too,
		// so the period ends Thu 10-08.
		assertThat(calendar.addDays(LocalDate.of(2026, 8, 4), 60)).isEqualTo(LocalDate.of(2026, 10, 8));
	}

	@Test
	void dayPeriodEndingOnASwappedSaturdayEndsThatSaturday() {
		// Tue 2026-08-11 + 60 days = Sat 10-10, a swapped workday: a working day, so the period ends there.
		assertThat(calendar.addDays(LocalDate.of(2026, 8, 11), 60)).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void dayPeriodEndingOnAWorkingDayIsNotExtended() {
		// Wed 2026-01-21 + 57 days = Thu 03-19, an ordinary working day.
		assertThat(calendar.addDays(LocalDate.of(2026, 1, 21), 57)).isEqualTo(LocalDate.of(2026, 3, 19));
	}

	@Test
	void nextWorkingDayIsStrictlyAfterTheGivenDay() {
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void workingDaysUntilCountsTheWorkingDaysLeft() {
		// After Wed 09-30 up to Thu 10-15: 10-08, 10-09, 10-10, 10-12, 10-13, 10-14, 10-15.
		assertThat(calendar.workingDaysUntil(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 15))).isEqualTo(7);
		// After Sat 10-03 up to Fri 10-09: 10-08 and 10-09.
		assertThat(calendar.workingDaysUntil(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 9))).isEqualTo(2);
	}

	@Test
	void workingDaysUntilIsZeroOnTheDueDate() {
		assertThat(calendar.workingDaysUntil(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 15))).isZero();
	}

	@Test
	void workingDaysUntilIsNegativeOnceOverdue() {
		// Due Fri 10-09, today Mon 10-12: overdue by Sat 10-10 (调休上班) and Mon 10-12.
		assertThat(calendar.workingDaysUntil(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 9))).isEqualTo(-2);
		// Due Wed 09-30, today Wed 10-07: no working day has passed since (all holidays).
		assertThat(calendar.workingDaysUntil(LocalDate.of(2026, 10, 7), LocalDate.of(2026, 9, 30))).isZero();
	}

	@Test
	void coversTheYearsOfTheShippedNotices() {
		assertThat(calendar.covers(2004)).isTrue();
		assertThat(calendar.covers(2026)).isTrue();
		assertThat(calendar.covers(2003)).isFalse();
		assertThat(calendar.covers(2027)).isFalse();
		assertThat(calendar.covers(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10))).isFalse();
		assertThat(calendar.covers(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 10))).isTrue();
	}

	@Test
	void yearWithoutANoticeHasWeekendsOnly() {
		// 2027-10-01 is a Friday; with no 2027 notice loaded it is an ordinary working day.
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 2))).isFalse();
	}

	@Test
	void rejectsNegativePeriods() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), -1));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addDays(LocalDate.of(2026, 3, 2), -1));
	}

}
