package org.redshield.calendar;

import java.time.LocalDate;

/**
 * One entry of a year's holiday notice: a statutory holiday (法定节假日) or a swapped workday (调休上班), with the name
 * of its holiday, e.g. {@code 2026-10-01 国庆节}.
 * <p>
 * A plain carrier of what was submitted: a missing date or a blank name is reported by
 * {@link CalendarService#loadYear}, not rejected here.
 *
 * @param date the day, or {@code null} when the submitted text was not a date
 * @param name the holiday's name
 */
public record CalendarDay(LocalDate date, String name) {
}
