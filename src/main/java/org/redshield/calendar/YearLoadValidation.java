package org.redshield.calendar;

import org.redshield.shared.FieldError;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks a year's notice must pass before it replaces the year: all of them, so that the admin sees every bad
 * field at once.
 */
final class YearLoadValidation {

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2100;

	static final int MAX_NAME_LENGTH = 100;

	private static final int MAX_ENTRIES = 366;

	private YearLoadValidation() {
	}

	static List<FieldError> validateYear(int year) {
		List<FieldError> violations = new ArrayList<>();
		checkYear(year, violations);
		return violations;
	}

	static List<FieldError> validate(int year, List<CalendarDay> holidays, List<CalendarDay> workdays) {
		List<FieldError> violations = new ArrayList<>();
		checkYear(year, violations);
		if (holidays == null) {
			violations.add(new FieldError("holidays", "is required"));
		}
		else if (holidays.isEmpty()) {
			// Every State Council notice lists holidays; an empty list would silently turn the year into weekends only.
			violations.add(new FieldError("holidays", "must list the year's holidays"));
		}
		List<CalendarDay> holidayList = holidays == null ? List.of() : holidays;
		List<CalendarDay> workdayList = workdays == null ? List.of() : workdays;
		checkSize("holidays", holidayList, violations);
		checkSize("workdays", workdayList, violations);

		Map<LocalDate, Integer> firstHoliday = firstIndexByDate(holidayList);
		Map<LocalDate, Integer> firstWorkday = firstIndexByDate(workdayList);
		checkEntries(year, "holidays", holidayList, firstHoliday, "workdays", firstWorkday, false, violations);
		checkEntries(year, "workdays", workdayList, firstWorkday, "holidays", firstHoliday, true, violations);
		return violations;
	}

	private static void checkYear(int year, List<FieldError> violations) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			violations.add(new FieldError("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR));
		}
	}

	private static void checkSize(String list, List<CalendarDay> days, List<FieldError> violations) {
		if (days.size() > MAX_ENTRIES) {
			violations.add(new FieldError(list, "must have at most " + MAX_ENTRIES + " entries"));
		}
	}

	private static void checkEntries(int year, String list, List<CalendarDay> days, Map<LocalDate, Integer> firstIndex,
			String otherList, Map<LocalDate, Integer> otherFirstIndex, boolean swappedWorkdays,
			List<FieldError> violations) {
		for (int i = 0; i < days.size(); i++) {
			String field = list + "[" + i + "]";
			CalendarDay day = days.get(i);
			LocalDate date = day == null ? null : day.date();
			String name = day == null ? null : day.name();
			if (date == null) {
				violations.add(new FieldError(field + ".date", "must be a date in the form yyyy-MM-dd"));
			}
			else if (date.getYear() != year) {
				violations.add(new FieldError(field + ".date", date + " is not in " + year));
			}
			else if (firstIndex.get(date) != i) {
				violations.add(new FieldError(field + ".date",
						date + " is already listed as " + list + "[" + firstIndex.get(date) + "]"));
			}
			else if (otherFirstIndex.containsKey(date)) {
				violations.add(new FieldError(field + ".date", date + " cannot be both a holiday and a workday (also "
						+ otherList + "[" + otherFirstIndex.get(date) + "])"));
			}
			else if (swappedWorkdays && !isWeekend(date)) {
				// Monday to Friday is a working day anyway; a weekday here is a mistyped date.
				violations.add(new FieldError(field + ".date",
						date + " is a " + date.getDayOfWeek() + "; a swapped workday (调休上班) is a Saturday or Sunday"));
			}
			if (name == null || name.isBlank()) {
				violations.add(new FieldError(field + ".name", "must not be blank"));
			}
			else if (name.strip().length() > MAX_NAME_LENGTH) {
				violations.add(new FieldError(field + ".name", "must be at most " + MAX_NAME_LENGTH + " characters"));
			}
		}
	}

	private static Map<LocalDate, Integer> firstIndexByDate(List<CalendarDay> days) {
		Map<LocalDate, Integer> first = new HashMap<>();
		for (int i = 0; i < days.size(); i++) {
			CalendarDay day = days.get(i);
			if (day != null && day.date() != null) {
				first.putIfAbsent(day.date(), i);
			}
		}
		return first;
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
