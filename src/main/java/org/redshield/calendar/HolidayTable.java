package org.redshield.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official holiday arrangement (放假安排) of the State Council's yearly notices: the statutory holidays
 * (法定节假日, including the weekend days folded into a holiday block) and the swapped weekend workdays (调休上班),
 * each with the holiday's name, plus the set of years whose notice the table holds.
 * <p>
 * Immutable. Every entry falls in one of the covered {@link #years()}; a year is the calendar year of the date, so a
 * notice that moves days of the previous December (as the 2019 notice did for 2018-12-29..31) is loaded as part of
 * that December's year. No date is both a holiday and a workday.
 */
public final class HolidayTable {

	/** Classpath location of the shipped data: npm package chinese-days 1.5.7 (MIT, see {@code LICENSE} beside it). */
	public static final String SHIPPED_RESOURCE = "/calendar/chinese-days-1.5.7.json";

	private static final HolidayTable EMPTY = new HolidayTable(new TreeMap<>(), new TreeMap<>(), new TreeSet<>());

	private final NavigableMap<LocalDate, String> holidays;

	private final NavigableMap<LocalDate, String> workdays;

	private final SortedSet<Integer> years;

	private HolidayTable(TreeMap<LocalDate, String> holidays, TreeMap<LocalDate, String> workdays, TreeSet<Integer> years) {
		this.holidays = Collections.unmodifiableNavigableMap(holidays);
		this.workdays = Collections.unmodifiableNavigableMap(workdays);
		this.years = Collections.unmodifiableSortedSet(years);
	}

	/** A table covering no year: every date is judged by the weekday alone. */
	public static HolidayTable empty() {
		return EMPTY;
	}

	/**
	 * A table from holiday and swapped-workday dates with their names.
	 * @param holidays statutory holidays (法定节假日) by date, with the holiday's name
	 * @param workdays swapped weekend workdays (调休上班) by date, with the name of the holiday they make up for
	 * @param years the years whose official notice these entries are; every date must fall in one of them
	 * @throws IllegalArgumentException if a date is both holiday and workday, falls outside {@code years}, or has a
	 * blank name
	 */
	public static HolidayTable of(Map<LocalDate, String> holidays, Map<LocalDate, String> workdays,
			Collection<Integer> years) {
		TreeSet<Integer> coveredYears = new TreeSet<>();
		for (Integer year : years) {
			coveredYears.add(Objects.requireNonNull(year, "year"));
		}
		TreeMap<LocalDate, String> holidayCopy = checkedCopy(holidays, coveredYears, "holiday");
		TreeMap<LocalDate, String> workdayCopy = checkedCopy(workdays, coveredYears, "workday");
		for (LocalDate date : workdayCopy.keySet()) {
			if (holidayCopy.containsKey(date)) {
				throw new IllegalArgumentException(date + " is listed both as a holiday and as a workday");
			}
		}
		return new HolidayTable(holidayCopy, workdayCopy, coveredYears);
	}

	/** The official arrangement of one year. */
	public static HolidayTable ofYear(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> workdays) {
		return of(holidays, workdays, Collections.singleton(year));
	}

	/**
	 * The table shipped with the application ({@value #SHIPPED_RESOURCE}, 2004-2026), parsed once.
	 */
	public static HolidayTable shipped() {
		return Shipped.TABLE;
	}

	/**
	 * Parses the JSON of the npm package chinese-days: objects {@code holidays} and {@code workdays} (and
	 * {@code inLieuDays}, ignored: those days are holidays already) mapping an ISO date to
	 * {@code "English name,中文名,n"}. The Chinese name is kept. The covered years are the years of all listed dates.
	 * @throws IllegalArgumentException if the JSON is malformed or a key is not an ISO date
	 */
	public static HolidayTable fromChineseDays(InputStream json) {
		ChineseDaysFile file;
		try {
			file = JsonMapper.builder().build().readValue(json, ChineseDaysFile.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Not a chinese-days holiday file: " + ex.getOriginalMessage(), ex);
		}
		if (file == null || file.holidays() == null) {
			throw new IllegalArgumentException("Not a chinese-days holiday file: no \"holidays\" object");
		}
		TreeMap<LocalDate, String> holidays = new TreeMap<>();
		TreeMap<LocalDate, String> workdays = new TreeMap<>();
		TreeSet<Integer> years = new TreeSet<>();
		BiConsumer<Map<String, String>, Map<LocalDate, String>> parse = (source, target) -> source.forEach((key, value) -> {
			LocalDate date = parseDate(key);
			target.put(date, chineseName(key, value));
			years.add(date.getYear());
		});
		parse.accept(file.holidays(), holidays);
		if (file.workdays() != null) {
			parse.accept(file.workdays(), workdays);
		}
		return of(holidays, workdays, years);
	}

	/**
	 * This table with whole years replaced: for every year {@code overrides} covers, this table's entries of that year
	 * are dropped and the overrides' taken instead (an admin-loaded notice replaces the shipped one); other years stay.
	 */
	public HolidayTable withYears(HolidayTable overrides) {
		if (overrides.years.isEmpty()) {
			return this;
		}
		TreeMap<LocalDate, String> mergedHolidays = withoutYears(this.holidays, overrides.years);
		TreeMap<LocalDate, String> mergedWorkdays = withoutYears(this.workdays, overrides.years);
		mergedHolidays.putAll(overrides.holidays);
		mergedWorkdays.putAll(overrides.workdays);
		TreeSet<Integer> mergedYears = new TreeSet<>(this.years);
		mergedYears.addAll(overrides.years);
		return new HolidayTable(mergedHolidays, mergedWorkdays, mergedYears);
	}

	/** The part of this table for one year; empty, covering nothing, when the year is not covered. */
	public HolidayTable year(int year) {
		if (!covers(year)) {
			return EMPTY;
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return new HolidayTable(new TreeMap<>(holidays.subMap(first, true, last, true)),
				new TreeMap<>(workdays.subMap(first, true, last, true)), new TreeSet<>(Collections.singleton(year)));
	}

	/** Whether the table holds the official notice for {@code year}. */
	public boolean covers(int year) {
		return years.contains(year);
	}

	/** Statutory holidays (法定节假日) by date, in date order, with the holiday's name. Unmodifiable. */
	public NavigableMap<LocalDate, String> holidays() {
		return holidays;
	}

	/** Swapped weekend workdays (调休上班) by date, in date order, with the holiday's name. Unmodifiable. */
	public NavigableMap<LocalDate, String> workdays() {
		return workdays;
	}

	/** The years whose official notice this table holds, ascending. Unmodifiable. */
	public SortedSet<Integer> years() {
		return years;
	}

	/** The name of the holiday on {@code date}, if it is a statutory holiday. */
	public Optional<String> holidayName(LocalDate date) {
		return Optional.ofNullable(holidays.get(date));
	}

	/** The name of the holiday a swapped workday on {@code date} makes up for, if it is one. */
	public Optional<String> workdayName(LocalDate date) {
		return Optional.ofNullable(workdays.get(date));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HolidayTable that && holidays.equals(that.holidays) && workdays.equals(that.workdays)
				&& years.equals(that.years);
	}

	@Override
	public int hashCode() {
		return Objects.hash(holidays, workdays, years);
	}

	@Override
	public String toString() {
		return "HolidayTable[years=" + years + ", " + holidays.size() + " holidays, " + workdays.size() + " workdays]";
	}

	private static TreeMap<LocalDate, String> checkedCopy(Map<LocalDate, String> source, SortedSet<Integer> years,
			String kind) {
		TreeMap<LocalDate, String> copy = new TreeMap<>();
		source.forEach((date, name) -> {
			Objects.requireNonNull(date, kind + " date");
			if (!years.contains(date.getYear())) {
				throw new IllegalArgumentException(
						kind + " " + date + " falls outside the covered years " + years);
			}
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException(kind + " " + date + " has no name");
			}
			copy.put(date, name.strip());
		});
		return copy;
	}

	private static TreeMap<LocalDate, String> withoutYears(Map<LocalDate, String> entries, SortedSet<Integer> years) {
		TreeMap<LocalDate, String> kept = new TreeMap<>(entries);
		kept.keySet().removeIf(date -> years.contains(date.getYear()));
		return kept;
	}

	private static LocalDate parseDate(String key) {
		try {
			return LocalDate.parse(key);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not an ISO date in the holiday file: " + key, ex);
		}
	}

	// "National Day,国庆节,3": English name, Chinese name, number of days off. Counted from the end so that a comma
	// in the English name cannot shift the Chinese one.
	private static String chineseName(String date, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("No holiday name for " + date + " in the holiday file");
		}
		String[] parts = value.split(",");
		String name = switch (parts.length) {
			case 1 -> parts[0];
			case 2 -> parts[1];
			default -> parts[parts.length - 2];
		};
		if (name.isBlank()) {
			throw new IllegalArgumentException("No holiday name for " + date + " in the holiday file");
		}
		return name.strip();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ChineseDaysFile(Map<String, String> holidays, Map<String, String> workdays) {
	}

	// Lazy holder: parsed on first use, once.
	private static final class Shipped {

		static final HolidayTable TABLE = load();

		private static HolidayTable load() {
			try (InputStream json = HolidayTable.class.getResourceAsStream(SHIPPED_RESOURCE)) {
				if (json == null) {
					throw new IllegalStateException("Missing classpath resource " + SHIPPED_RESOURCE);
				}
				return fromChineseDays(json);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + SHIPPED_RESOURCE, ex);
			}
		}

	}

}
