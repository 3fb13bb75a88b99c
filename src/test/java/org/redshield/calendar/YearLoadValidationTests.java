package org.redshield.calendar;

import org.redshield.shared.FieldError;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks an admin-loaded holiday notice passes before it replaces a year: each bad field is named by its path in
 * the request body.
 */
class YearLoadValidationTests {

	private static final List<CalendarDay> NATIONAL_DAY_2027 = List.of(day(2027, 10, 1), day(2027, 10, 2),
			day(2027, 10, 3));

	@Test
	void acceptsAWellFormedNotice() {
		// 2027-09-26 is a Sunday, 2027-10-09 a Saturday.
		assertThat(YearLoadValidation.validate(2027, NATIONAL_DAY_2027, List.of(day(2027, 9, 26), day(2027, 10, 9))))
			.isEmpty();
	}

	@Test
	void namesEveryBadFieldAtOnce() {
		List<CalendarDay> holidays = Arrays.asList(day(2027, 10, 1), // fine
				new CalendarDay(LocalDate.of(2026, 10, 1), "国庆节"), // wrong year
				new CalendarDay(LocalDate.of(2027, 10, 1), "国庆节"), // duplicate of [0]
				new CalendarDay(LocalDate.of(2027, 10, 2), " "), // blank name
				new CalendarDay(null, "国庆节"), // date missing or not a date
				new CalendarDay(LocalDate.of(2027, 10, 9), "国庆节")); // also a workday
		List<CalendarDay> workdays = List.of(new CalendarDay(LocalDate.of(2027, 10, 9), "国庆节"), // Saturday, also a holiday
				new CalendarDay(LocalDate.of(2027, 9, 27), "国庆节")); // a Monday

		assertThat(YearLoadValidation.validate(2027, holidays, workdays)).extracting(FieldError::field)
			.containsExactly("holidays[1].date", "holidays[2].date", "holidays[3].name", "holidays[4].date",
					"holidays[5].date", "workdays[0].date", "workdays[1].date");
	}

	@Test
	void reportsTheEntryADuplicateRepeats() {
		List<CalendarDay> holidays = List.of(day(2027, 10, 1), day(2027, 10, 1));

		assertThat(YearLoadValidation.validate(2027, holidays, List.of()))
			.containsExactly(new FieldError("holidays[1].date", "2027-10-01 is already listed as holidays[0]"));
	}

	@Test
	void rejectsYearsOutside2000To2100() {
		assertThat(YearLoadValidation.validateYear(1999)).extracting(FieldError::field).containsExactly("year");
		assertThat(YearLoadValidation.validateYear(2101)).extracting(FieldError::field).containsExactly("year");
		assertThat(YearLoadValidation.validateYear(2000)).isEmpty();
		assertThat(YearLoadValidation.validateYear(2100)).isEmpty();
	}

	@Test
	void requiresHolidays() {
		assertThat(YearLoadValidation.validate(2027, null, List.of())).extracting(FieldError::field)
			.containsExactly("holidays");
		assertThat(YearLoadValidation.validate(2027, List.of(), null)).extracting(FieldError::field)
			.containsExactly("holidays");
	}

	@Test
	void reportsANullEntryByItsDateAndName() {
		assertThat(YearLoadValidation.validate(2027, Arrays.asList(day(2027, 10, 1), null), List.of()))
			.extracting(FieldError::field)
			.containsExactly("holidays[1].date", "holidays[1].name");
	}

	private static CalendarDay day(int year, int month, int dayOfMonth) {
		return new CalendarDay(LocalDate.of(year, month, dayOfMonth), "国庆节");
	}

}
