package org.redshield.calendar.internal;

import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.FieldError;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.redshield.calendar.CalendarDay;
import org.redshield.calendar.CalendarService;
import org.redshield.calendar.WorkingDayCalendar;
import org.redshield.calendar.YearView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar over HTTP: a year's holidays and swapped workdays (read by anyone, replaced by an admin when a new
 * State Council notice is published) and due dates by Article 45 for officers checking a deadline by hand.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

	// Ten years: far beyond any time limit of Order 121, and well inside LocalDate's range.
	private static final int MAX_PERIOD = 3660;

	private final CalendarService calendar;

	CalendarController(CalendarService calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/years/{year}")
	YearView year(@PathVariable int year) {
		return calendar.year(year);
	}

	/**
	 * Replaces a year with the body's holidays and workdays. The body has the shape of the GET response; its
	 * {@code year} and {@code official} are ignored, the path decides the year. Dates are read as text so that a
	 * malformed one is reported with the others instead of failing the whole body.
	 */
	@PutMapping("/years/{year}")
	@PreAuthorize("hasRole('ADMIN')")
	YearView loadYear(@PathVariable int year, @RequestBody YearBody body, Principal principal) {
		calendar.loadYear(year, days(body.holidays()), days(body.workdays()),
				principal == null ? null : principal.getName());
		return calendar.year(year);
	}

	/**
	 * The due date of a period starting on {@code from}: {@code days} working days, or {@code calendarDays} natural
	 * days. {@code official} is false when the period reaches a year whose holiday notice is not loaded yet, so the due
	 * date may still move.
	 */
	@GetMapping("/working-days")
	DueDate dueDate(@RequestParam(required = false) String from, @RequestParam(required = false) String days,
			@RequestParam(required = false) String calendarDays) {
		List<FieldError> violations = new ArrayList<>();
		LocalDate start = parseDate(from, violations);
		Integer workingDays = parsePeriod("days", days, violations);
		Integer naturalDays = parsePeriod("calendarDays", calendarDays, violations);
		if (days == null && calendarDays == null) {
			violations.add(new FieldError("days", "give either days (working days) or calendarDays"));
		}
		else if (days != null && calendarDays != null) {
			violations.add(new FieldError("calendarDays", "give either days (working days) or calendarDays, not both"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException("Invalid calendar input.", violations);
		}
		WorkingDayCalendar current = calendar.current();
		LocalDate due = workingDays != null ? current.addWorkingDays(start, workingDays)
				: current.addDays(start, naturalDays);
		return new DueDate(start, workingDays, naturalDays, due, current.covers(start, due));
	}

	private static List<CalendarDay> days(List<DayBody> body) {
		if (body == null) {
			return null;
		}
		List<CalendarDay> days = new ArrayList<>(body.size());
		for (DayBody day : body) {
			days.add(day == null ? null : new CalendarDay(isoDateOrNull(day.date()), day.name()));
		}
		return days;
	}

	private static LocalDate isoDateOrNull(String text) {
		try {
			return text == null ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static LocalDate parseDate(String from, List<FieldError> violations) {
		LocalDate date = isoDateOrNull(from);
		if (date == null) {
			violations.add(new FieldError("from", "must be a date in the form yyyy-MM-dd"));
		}
		else if (date.getYear() < 2000 || date.getYear() > 2100) {
			violations.add(new FieldError("from", "must be between 2000-01-01 and 2100-12-31"));
			return null;
		}
		return date;
	}

	private static Integer parsePeriod(String field, String text, List<FieldError> violations) {
		if (text == null) {
			return null;
		}
		try {
			int n = Integer.parseInt(text.strip());
			if (n >= 0 && n <= MAX_PERIOD) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		violations.add(new FieldError(field, "must be a whole number from 0 to " + MAX_PERIOD));
		return null;
	}

	record YearBody(List<DayBody> holidays, List<DayBody> workdays) {
	}

	record DayBody(String date, String name) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record DueDate(LocalDate from, Integer workingDays, Integer calendarDays, LocalDate dueDate, boolean official) {
	}

}
