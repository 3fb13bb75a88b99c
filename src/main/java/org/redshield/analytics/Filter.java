package org.redshield.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.shared.Enums;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;

/**
 * Which items a figure counts: received (Asia/Shanghai receipt date) from {@code from} to {@code to}, both included,
 * handled within the subtree of {@code unit} (null: the caller's own unit), narrowed by any of the other fields. A
 * category, issue or region of {@value #NONE} means "not given".
 */
public record Filter(LocalDate from, LocalDate to, String unit, CaseType type, Channel channel, String category,
		String issue, String region, String respondent) {

	/** The value of category, issue or region that selects items without one. */
	public static final String NONE = "none";

	/** Ten years: the national history a big screen may ask about in one request. */
	static final long MAX_DAYS = 3700;

	public Filter {
		if (from == null || to == null) {
			throw new IllegalArgumentException("a filter needs both dates");
		}
	}

	/**
	 * A filter from request parameters, every bad one reported at once by name. Without dates it covers the current
	 * month up to {@code today}.
	 */
	public static Filter parse(String from, String to, String unit, String type, String channel, String category,
			String issue, String region, String respondent, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		LocalDate t = date(to, "to", errors);
		LocalDate f = date(from, "from", errors);
		if (t == null && blank(to)) {
			t = f != null && f.isAfter(today) ? f : today;
		}
		if (f == null && blank(from) && t != null) {
			f = t.withDayOfMonth(1);
		}
		if (f != null && t != null) {
			if (f.isAfter(t)) {
				errors.add(new FieldError("from", "must not be after to"));
			}
			else if (ChronoUnit.DAYS.between(f, t) >= MAX_DAYS) {
				errors.add(new FieldError("to", "the range may span at most " + MAX_DAYS + " days"));
			}
		}
		CaseType caseType = null;
		if (!blank(type)) {
			caseType = Enums.find(CaseType.class, type.strip()).orElse(null);
			if (caseType == null) {
				errors.add(new FieldError("type", Enums.allowed(CaseType.class)));
			}
		}
		Channel ch = null;
		if (!blank(channel)) {
			ch = Enums.find(Channel.class, channel.strip()).orElse(null);
			if (ch == null) {
				errors.add(new FieldError("channel", Enums.allowed(Channel.class)));
			}
		}
		if (!blank(region) && !NONE.equals(region.strip()) && !region.strip().matches("\\d{6}")) {
			errors.add(new FieldError("region", "must be a six-digit division code or " + NONE));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The figures' filter is not valid.", errors);
		}
		return new Filter(f, t, trim(unit), caseType, ch, trim(category), trim(issue), trim(region), trim(respondent));
	}

	/** The same filter over other dates (the previous period, the same period a year before). */
	public Filter during(LocalDate newFrom, LocalDate newTo) {
		return new Filter(newFrom, newTo, unit, type, channel, category, issue, region, respondent);
	}

	/** The same filter for one unit of the tree (a drill-down from the units chart). */
	public Filter withUnit(String code) {
		return new Filter(from, to, code, type, channel, category, issue, region, respondent);
	}

	public Filter withCategory(String key) {
		return new Filter(from, to, unit, type, channel, key, issue, region, respondent);
	}

	/**
	 * 环比: the period just before, as long as this one; whole calendar months compare with as many months before (March
	 * with February, a quarter with the quarter before).
	 */
	public Filter previousPeriod() {
		if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
			long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
			return during(from.minusMonths(months), from.minusDays(1));
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		return during(from.minusDays(days), from.minusDays(1));
	}

	/** 同比: the same dates a year before (29 February becomes the 28th). */
	public Filter previousYear() {
		LocalDate t = to.minusYears(1);
		if (to.getMonthValue() == 2 && to.getDayOfMonth() == 29) {
			t = LocalDate.of(t.getYear(), 2, 28);
		}
		else if (to.plusDays(1).getDayOfMonth() == 1) {
			t = t.withDayOfMonth(t.lengthOfMonth());
		}
		return during(from.minusYears(1), t);
	}

	private static LocalDate date(String text, String field, List<FieldError> errors) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}
}
