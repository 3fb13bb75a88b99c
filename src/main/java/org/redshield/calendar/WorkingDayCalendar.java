package org.redshield.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Working days (工作日) and period arithmetic (期间计算) by Article 45 of SAMR Order 121: "按照年、月、日计算期间的，开始的当日不计入，
 * 自下一工作日或者自然日开始计算。期间届满的最后一日是法定节假日的，以法定节假日后的第一日为期间届满的日期。"
 * <p>
 * A day is a working day when the State Council's notice makes it a swapped weekend workday (调休上班), or when it is
 * Monday to Friday and not a statutory holiday (法定节假日). As in civil procedure practice, "法定节假日" in Article 45 is
 * read as any day that is not a working day, so a day period ending on an ordinary Sunday ends on the Monday.
 * <p>
 * For a year the {@link HolidayTable} does not {@linkplain #covers(int) cover} (no notice yet), only weekends are
 * days off; callers that need to know whether a result is final ask {@link #covers(LocalDate, LocalDate)}.
 * <p>
 * Immutable and free of Spring: a pure function of its holiday table. Dates are calendar dates in China Standard Time
 * (Asia/Shanghai); converting a timestamp to such a date is the caller's job.
 */
public final class WorkingDayCalendar {

	private final HolidayTable table;

	public WorkingDayCalendar(HolidayTable table) {
		this.table = Objects.requireNonNull(table, "table");
	}

	/** The calendar of the holiday table shipped with the application (2004-2026). */
	public static WorkingDayCalendar shipped() {
		return new WorkingDayCalendar(HolidayTable.shipped());
	}

	/** The holiday table this calendar is a function of. */
	public HolidayTable table() {
		return table;
	}

	/**
	 * Whether {@code date} is a working day (工作日): a swapped workday (调休上班) is one, a statutory holiday
	 * (法定节假日) is not, any other day is one from Monday to Friday.
	 */
	public boolean isWorkingDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		if (table.workdays().containsKey(date)) {
			return true;
		}
		if (table.holidays().containsKey(date)) {
			return false;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/** The first working day strictly after {@code date}. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate next = date.plusDays(1);
		while (!isWorkingDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/**
	 * The last day of a working-day period (按工作日计算的期间) of {@code n} working days starting on {@code start}. The
	 * starting day is not counted (开始的当日不计入): day 1 is the first working day after {@code start}, whatever kind of
	 * day {@code start} is. The result is always a working day, except for {@code n = 0}, which returns {@code start}.
	 * @throws IllegalArgumentException if {@code n} is negative
	 */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		Objects.requireNonNull(start, "start");
		requireNotNegative(n);
		LocalDate day = start;
		for (int counted = 0; counted < n; counted++) {
			day = nextWorkingDay(day);
		}
		return day;
	}

	/**
	 * The last day of a day period (按日计算的期间, natural days 自然日) of {@code n} days starting on {@code start}: the
	 * starting day is not counted, so the period runs to {@code start + n} days; if that day is not a working day
	 * (法定节假日 as read above), the period ends on the first working day after it.
	 * @throws IllegalArgumentException if {@code n} is negative
	 */
	public LocalDate addDays(LocalDate start, int n) {
		Objects.requireNonNull(start, "start");
		requireNotNegative(n);
		LocalDate last = start.plusDays(n);
		return isWorkingDay(last) ? last : nextWorkingDay(last);
	}

	/**
	 * How many working days are left until {@code due}: the working days after {@code today} up to and including
	 * {@code due}. Zero when {@code due} is {@code today}. When the due date has passed (超期), the negated number of
	 * working days after {@code due} up to and including {@code today}: due on Friday, asked on the Monday after, -1.
	 */
	public int workingDaysUntil(LocalDate today, LocalDate due) {
		Objects.requireNonNull(today, "today");
		Objects.requireNonNull(due, "due");
		if (due.isBefore(today)) {
			return -workingDaysAfterThrough(due, today);
		}
		return workingDaysAfterThrough(today, due);
	}

	/** Whether the table holds the official holiday notice for {@code year}; outside it only weekends are days off. */
	public boolean covers(int year) {
		return table.covers(year);
	}

	/**
	 * Whether every year from {@code from} through {@code through} is {@linkplain #covers(int) covered}, i.e. whether
	 * a period between these dates is computed from official notices only and will not move when a new notice is
	 * loaded.
	 */
	public boolean covers(LocalDate from, LocalDate through) {
		int first = Math.min(from.getYear(), through.getYear());
		int last = Math.max(from.getYear(), through.getYear());
		for (int year = first; year <= last; year++) {
			if (!covers(year)) {
				return false;
			}
		}
		return true;
	}

	/** The name of the statutory holiday on {@code date} (e.g. 国庆节), if it is one. */
	public Optional<String> holidayName(LocalDate date) {
		return table.holidayName(date);
	}

	private int workingDaysAfterThrough(LocalDate after, LocalDate through) {
		int count = 0;
		for (LocalDate day = after.plusDays(1); !day.isAfter(through); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	private static void requireNotNegative(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("A period cannot be negative: " + n);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WorkingDayCalendar that && table.equals(that.table);
	}

	@Override
	public int hashCode() {
		return table.hashCode();
	}

	@Override
	public String toString() {
		return "WorkingDayCalendar[" + table + "]";
	}

}
