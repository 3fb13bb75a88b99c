package org.redshield.calendar;

import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.FieldError;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The working-day calendar in force: the shipped holiday table (2004-2026) with every year an admin has loaded into
 * table {@code calendar_day} replacing the shipped entries of that year, so that a new State Council notice (published
 * each November or December) takes effect without a release.
 * <p>
 * The calendar is built at startup, rebuilt after every {@link #loadYear load}, and re-read from the database
 * periodically ({@code redshield.calendar.refresh-interval}, default 10 minutes) so that a year loaded on another
 * instance reaches this one too.
 */
@Service
public class CalendarService {

	private static final Logger log = LoggerFactory.getLogger(CalendarService.class);

	private static final String HOLIDAY = "HOLIDAY";

	private static final String WORKDAY = "WORKDAY";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final HolidayTable shipped;

	private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

	private final Object swapLock = new Object();

	public CalendarService(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.shipped = HolidayTable.shipped();
		this.current.set(build());
		log.info("Working-day calendar covers the years {}", current.get().table().years());
	}

	/** The calendar in force now. Hold on to it for one computation; a load may replace it at any time. */
	public WorkingDayCalendar current() {
		return current.get();
	}

	/**
	 * One year of the calendar in force.
	 * @throws InvalidRequestException if the year is outside 2000-2100
	 */
	public YearView year(int year) {
		List<FieldError> violations = YearLoadValidation.validateYear(year);
		if (!violations.isEmpty()) {
			throw new InvalidRequestException("Invalid calendar input.", violations);
		}
		return YearView.of(year, current().table());
	}

	/**
	 * Loads a year's State Council holiday notice, replacing whatever the calendar had for that year (shipped or
	 * loaded before): in one transaction the year's rows are deleted and the new ones inserted; once committed, the
	 * calendar in force is swapped in one step.
	 * <p>
	 * Every date must fall in {@code year}: a notice that moves days of the previous December (调休 across New Year) is
	 * loaded by reloading that previous year with those days added.
	 * @param year the year, 2000-2100
	 * @param holidays the statutory holidays (法定节假日), at least one
	 * @param workdays the swapped weekend workdays (调休上班), each a Saturday or Sunday
	 * @param loadedBy who loaded it, recorded with the rows
	 * @throws InvalidRequestException naming every invalid field; nothing is stored then
	 */
	public void loadYear(int year, List<CalendarDay> holidays, List<CalendarDay> workdays, String loadedBy) {
		List<FieldError> violations = YearLoadValidation.validate(year, holidays, workdays);
		if (!violations.isEmpty()) {
			throw new InvalidRequestException("Invalid calendar input.", violations);
		}
		List<CalendarDay> workdayList = workdays == null ? List.of() : workdays;
		// Serialises loads within this instance so that the calendars are swapped in commit order.
		synchronized (swapLock) {
			transactions.executeWithoutResult(status -> {
				// Serialises loads across instances; readers are not blocked.
				jdbc.sql("lock table calendar_day in exclusive mode").update();
				jdbc.sql("delete from calendar_day where day between :first and :last")
					.param("first", LocalDate.of(year, 1, 1))
					.param("last", LocalDate.of(year, 12, 31))
					.update();
				holidays.forEach(day -> insert(day, HOLIDAY, loadedBy));
				workdayList.forEach(day -> insert(day, WORKDAY, loadedBy));
			});
			current.set(build());
		}
		log.info("Calendar year {} loaded by {}: {} holidays, {} swapped workdays", year, loadedBy, holidays.size(),
				workdayList.size());
	}

	/** Re-reads the loaded years from the database, picking up loads made on other instances. */
	@Scheduled(fixedDelayString = "${redshield.calendar.refresh-interval:PT10M}",
			initialDelayString = "${redshield.calendar.refresh-interval:PT10M}")
	public void refresh() {
		synchronized (swapLock) {
			current.set(build());
		}
	}

	private void insert(CalendarDay day, String kind, String loadedBy) {
		jdbc.sql("insert into calendar_day (day, kind, name, loaded_by) values (:day, :kind, :name, :loadedBy)")
			.param("day", day.date())
			.param("kind", kind)
			.param("name", day.name().strip())
			.param("loadedBy", loadedBy, Types.VARCHAR)
			.update();
	}

	private WorkingDayCalendar build() {
		return new WorkingDayCalendar(shipped.withYears(loadedYears()));
	}

	private HolidayTable loadedYears() {
		Map<LocalDate, String> holidays = new TreeMap<>();
		Map<LocalDate, String> workdays = new TreeMap<>();
		TreeSet<Integer> years = new TreeSet<>();
		jdbc.sql("select day, kind, name from calendar_day order by day").query((RowCallbackHandler) rs -> {
			LocalDate day = rs.getObject("day", LocalDate.class);
			(HOLIDAY.equals(rs.getString("kind")) ? holidays : workdays).put(day, rs.getString("name"));
			years.add(day.getYear());
		});
		return HolidayTable.of(holidays, workdays, years);
	}

}
