package org.redshield.calendar.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redshield.calendar.CalendarDay;
import org.redshield.calendar.CalendarService;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar endpoints and {@link CalendarService} on a real (embedded) PostgreSQL migrated by Flyway, without a
 * Spring context: MockMvc runs the controller alone, with the RFC 9457 problem rendering Spring Boot enables through
 * {@code spring.mvc.problemdetails.enabled}. Method security ({@code @PreAuthorize}) is not in play here.
 * <p>
 * N15 (第十五条): "应当自收到投诉之日起七个工作日内作出受理或者不予受理的决定"; N45 (第四十五条): "开始的当日不计入，自下一工作日或者自然日开始计算。
 * 期间届满的最后一日是法定节假日的，以法定节假日后的第一日为期间届满的日期。"
 */
class CalendarControllerIntegrationTests {

	private static EmbeddedPostgres postgres;

	private static JdbcClient jdbc;

	private static DataSourceTransactionManager transactions;

	private CalendarService service;

	private MockMvcTester mvc;

	@BeforeAll
	static void startDatabase() throws IOException {
		postgres = EmbeddedPostgres.start();
		// One DataSource for both, as in the application: getPostgresDatabase() makes a new one on every call, and a
		// transaction binds to the DataSource instance.
		DataSource dataSource = postgres.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).load().migrate();
		jdbc = JdbcClient.create(dataSource);
		transactions = new DataSourceTransactionManager(dataSource);
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	@BeforeEach
	void freshCalendar() {
		jdbc.sql("delete from calendar_day").update();
		service = new CalendarService(jdbc, transactions);
		mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new CalendarController(service))
			.setControllerAdvice(new ProblemDetails())
			.build());
	}

	@Test
	void yearShowsTheShippedNotice() {
		assertThat(mvc.get().uri("/api/v1/calendar/years/2026")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("""
					{"year": 2026, "official": true,
					 "workdays": [{"date": "2026-01-04", "name": "元旦"}, {"date": "2026-02-14", "name": "春节"},
					              {"date": "2026-02-28", "name": "春节"}, {"date": "2026-05-09", "name": "劳动节"},
					              {"date": "2026-09-20", "name": "国庆节"}, {"date": "2026-10-10", "name": "国庆节"}]}
					""");
		assertThat(mvc.get().uri("/api/v1/calendar/years/2026")).bodyJson()
			.extractingPath("$.holidays[?(@.date == '2026-10-01')].name")
			.isEqualTo(List.of("国庆节"));
	}

	@Test
	void yearWithoutANoticeIsNotOfficial() {
		assertThat(mvc.get().uri("/api/v1/calendar/years/2027")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"year": 2027, "official": false, "holidays": [], "workdays": []}
					""");
	}

	@Test
	void adminLoadsANewYearThatTakesEffectAtOnceAndAfterARestart() {
		// National Day 2027: Fri 10-01 .. Sun 10-03 holidays, Sat 10-09 swapped workday (a made-up notice).
		assertThat(mvc.put()
			.uri("/api/v1/calendar/years/2027")
			.principal(() -> "admin")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"year": 2027, "official": false,
					 "holidays": [{"date": "2027-10-01", "name": "国庆节"}, {"date": "2027-10-02", "name": "国庆节"},
					              {"date": "2027-10-03", "name": " 国庆节 "}],
					 "workdays": [{"date": "2027-10-09", "name": "国庆节"}]}
					""")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
					{"year": 2027, "official": true,
					 "holidays": [{"date": "2027-10-01", "name": "国庆节"}, {"date": "2027-10-02", "name": "国庆节"},
					              {"date": "2027-10-03", "name": "国庆节"}],
					 "workdays": [{"date": "2027-10-09", "name": "国庆节"}]}
					""");

		// Received Thu 2027-09-30: 10-01..03 off, WD1 Mon 10-04 .. WD5 Fri 10-08, WD6 Sat 10-09 (swapped).
		assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2027-09-30&days=6")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from": "2027-09-30", "workingDays": 6, "dueDate": "2027-10-09", "official": true}
					""");
		assertThat(jdbc.sql("select count(*) from calendar_day where loaded_by = 'admin'").query(Integer.class).single())
			.isEqualTo(4);

		CalendarService restarted = new CalendarService(jdbc, transactions);
		assertThat(restarted.current().covers(2027)).isTrue();
		assertThat(restarted.current().isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
		assertThat(restarted.current().isWorkingDay(LocalDate.of(2027, 10, 9))).isTrue();
	}

	@Test
	void reloadingAYearReplacesItsRowsAndTheShippedEntries() {
		service.loadYear(2026, List.of(new CalendarDay(LocalDate.of(2026, 10, 8), "国庆节")),
				List.of(), "first");

		// Thu 2026-10-08 is now the only 2026 holiday: 10-01 (Thu) is a working day again, 10-10 (Sat) is off.
		assertThat(service.current().isWorkingDay(LocalDate.of(2026, 10, 8))).isFalse();
		assertThat(service.current().isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
		assertThat(service.current().isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();

		service.loadYear(2026, List.of(new CalendarDay(LocalDate.of(2026, 10, 1), "国庆节")),
				List.of(new CalendarDay(LocalDate.of(2026, 10, 10), "国庆节")), "second");

		assertThat(jdbc.sql("select day from calendar_day order by day").query(LocalDate.class).list())
			.containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 10));
		assertThat(service.current().isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
		assertThat(service.current().isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		// Other years keep the shipped notice: Wed 2025-10-01 is National Day.
		assertThat(service.current().isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
	}

	@Test
	void invalidYearNamesEveryBadFieldAndStoresNothing() {
		assertThat(mvc.put()
			.uri("/api/v1/calendar/years/2027")
			.principal(() -> "admin")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"holidays": [{"date": "2027-10-01", "name": "国庆节"},
					              {"date": "2027-02-30", "name": "春节"},
					              {"date": "2026-10-01", "name": "国庆节"},
					              {"date": "2027-10-01", "name": "国庆节"},
					              {"date": "2027-10-02", "name": ""},
					              {"date": "2027-10-09", "name": "国庆节"}],
					 "workdays": [{"date": "2027-10-09", "name": "国庆节"}]}
					""")).hasStatus(400).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of(
					"holidays[1].date", "holidays[2].date", "holidays[3].date", "holidays[4].name",
					"holidays[5].date", "workdays[0].date"));

		assertThat(jdbc.sql("select count(*) from calendar_day").query(Integer.class).single()).isZero();
		assertThat(service.current().covers(2027)).isFalse();
	}

	@Test
	void badInputIsAProblemWithStatus400() {
		assertThat(mvc.get().uri("/api/v1/calendar/years/1999")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.isLenientlyEqualTo("""
					{"status": 400, "errors": [{"field": "year", "message": "must be between 2000 and 2100"}]}
					""");
	}

	@Test
	void dueDateOfAWorkingDayPeriod() {
		// N15, received Wed 2026-09-30: WD1 Thu 10-08, WD2 10-09, WD3 Sat 10-10 (调休上班), WD4..7 Mon 10-12..Thu 10-15.
		assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-09-30&days=7")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from": "2026-09-30", "workingDays": 7, "dueDate": "2026-10-15", "official": true}
					""");
	}

	@Test
	void dueDateOfADayPeriod() {
		// N45, Tue 2026-08-04 + 60 days = Sat 10-03, inside National Day (10-01..07): ends Thu 10-08.
		assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-08-04&calendarDays=60")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from": "2026-08-04", "calendarDays": 60, "dueDate": "2026-10-08", "official": true}
					""");
	}

	@Test
	void dueDateReachingAYearWithoutANoticeIsNotOfficial() {
		// Mon 2026-12-28 + 10 working days: 12-29..31 (3), 2027-01-01 Fri (no 2027 notice: a working day, 4),
		// 01-04..08 (9), Mon 01-11 (10).
		assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-12-28&days=10")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"from": "2026-12-28", "workingDays": 10, "dueDate": "2027-01-11", "official": false}
					""");
	}

	@Test
	void dueDateNamesBadParameters() {
		assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-02-30&days=-1")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.isEqualTo(List.of("from", "days"));
		assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-02-01&days=7&calendarDays=60"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.isEqualTo(List.of("calendarDays"));
	}

	// What spring.mvc.problemdetails.enabled registers in the application.
	@ControllerAdvice
	static class ProblemDetails extends ResponseEntityExceptionHandler {

	}

}
