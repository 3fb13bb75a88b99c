package org.redshield.calendar;

import java.util.List;

/**
 * One year of the calendar as it is in force: its statutory holidays (法定节假日) and swapped workdays (调休上班).
 *
 * @param year the year
 * @param official whether the year's State Council notice is loaded (shipped or by an admin); if not, the lists are
 * empty and only weekends are days off
 * @param holidays the holidays in date order
 * @param workdays the swapped workdays in date order
 */
public record YearView(int year, boolean official, List<CalendarDay> holidays, List<CalendarDay> workdays) {

	public YearView {
		holidays = List.copyOf(holidays);
		workdays = List.copyOf(workdays);
	}

	static YearView of(int year, HolidayTable table) {
		HolidayTable slice = table.year(year);
		return new YearView(year, slice.covers(year),
				slice.holidays().entrySet().stream().map(e -> new CalendarDay(e.getKey(), e.getValue())).toList(),
				slice.workdays().entrySet().stream().map(e -> new CalendarDay(e.getKey(), e.getValue())).toList());
	}

}
