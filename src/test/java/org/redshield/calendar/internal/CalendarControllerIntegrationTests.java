package org.redshield.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import org.redshield.IntegrationTestSupport;
import org.redshield.calendar.CalendarDay;
import org.redshield.calendar.CalendarService;

import tools.jackson.databind.JsonNode;

/**
 * The calendar endpoints and {@link CalendarService} over HTTP on real PostgreSQL: an admin loads a new year without a
 * release; bad input names every field and stores nothing.
 * <p>
 * N15 (第十五条): "应当自收到投诉之日起七个工作日内作出受理或者不予受理的决定"; N45 (第四十五条): "开始的当日不计入，自下一工作日或者自然日开始计算。
 * 期间届满的最后一日是法定节假日的，以法定节假日后的第一日为期间届满的日期。"
 */
class CalendarControllerIntegrationTests extends IntegrationTestSupport {

	@Autowired
	CalendarService service;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void backToTheShippedCalendar() {
		jdbc.sql("delete from calendar_day").update();
		service.refresh();
	}

	@Test
	void yearShowsTheShippedNotice() {
		JsonNode year = get("/api/v1/calendar/years/2026", "operator").json();
		assertThat(year.get("official").asBoolean()).isTrue();
		assertThat(year.get("workdays")).extracting(d -> d.get("date").asString())
			.containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
		assertThat(year.get("holidays")).filteredOn(d -> d.get("date").asString().equals("2026-10-01"))
			.extracting(d -> d.get("name").asString())
			.containsExactly("国庆节");
	}

	@Test
	void yearWithoutANoticeIsNotOfficial() {
		JsonNode year = get("/api/v1/calendar/years/2027", "operator").json();
		assertThat(year.get("official").asBoolean()).isFalse();
		assertThat(year.get("holidays")).isEmpty();
	}

	@Test
	void onlyAnAdminLoadsAYear() {
		assertThat(put("/api/v1/calendar/years/2027", "operator", """
				{"holidays": [{"date": "2027-10-01", "name": "国庆节"}], "workdays": []}""").status()).isEqualTo(403);
		assertThat(service.current().covers(2027)).isFalse();
	}

	@Test
	void adminLoadsANewYearThatTakesEffectAtOnceAndAfterARestart() {
		// National Day 2027: Fri 10-01 .. Sun 10-03 holidays, Sat 10-09 swapped workday (a made-up notice).
		Answer loaded = put("/api/v1/calendar/years/2027", "admin", """
				{"holidays": [{"date": "2027-10-01", "name": "国庆节"}, {"date": "2027-10-02", "name": "国庆节"},
				              {"date": "2027-10-03", "name": " 国庆节 "}],
				 "workdays": [{"date": "2027-10-09", "name": "国庆节"}]}""");
		assertThat(loaded.status()).as(loaded.text()).isEqualTo(200);
		assertThat(loaded.json().get("official").asBoolean()).isTrue();
		assertThat(loaded.json().get("holidays").get(2).get("name").asString()).isEqualTo("国庆节");
		// Received Thu 2027-09-30: 10-01..03 off, WD1 Mon 10-04 .. WD5 Fri 10-08, WD6 Sat 10-09 (swapped).
		JsonNode due = get("/api/v1/calendar/working-days?from=2027-09-30&days=6", "operator").json();
		assertThat(due.get("dueDate").asString()).isEqualTo("2027-10-09");
		assertThat(due.get("official").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from calendar_day where loaded_by = 'admin'").query(Integer.class).single())
			.isEqualTo(4);

		CalendarService restarted = new CalendarService(jdbc, transactions);
		assertThat(restarted.current().covers(2027)).isTrue();
		assertThat(restarted.current().isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
		assertThat(restarted.current().isWorkingDay(LocalDate.of(2027, 10, 9))).isTrue();
	}

	@Test
	void reloadingAYearReplacesItsRowsAndTheShippedEntries() {
		service.loadYear(2026, List.of(new CalendarDay(LocalDate.of(2026, 10, 8), "国庆节")), List.of(), "first");
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
		Answer answer = put("/api/v1/calendar/years/2027", "admin", """
				{"holidays": [{"date": "2027-10-01", "name": "国庆节"},
				              {"date": "2027-02-30", "name": "春节"},
				              {"date": "2026-10-01", "name": "国庆节"},
				              {"date": "2027-10-01", "name": "国庆节"},
				              {"date": "2027-10-02", "name": ""},
				              {"date": "2027-10-09", "name": "国庆节"}],
				 "workdays": [{"date": "2027-10-09", "name": "国庆节"}]}""");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asString())
			.containsExactly("holidays[1].date", "holidays[2].date", "holidays[3].date", "holidays[4].name",
					"holidays[5].date", "workdays[0].date");
		assertThat(jdbc.sql("select count(*) from calendar_day").query(Integer.class).single()).isZero();
		assertThat(service.current().covers(2027)).isFalse();
	}

	@Test
	void badInputIsAProblemWithStatus400() {
		Answer answer = get("/api/v1/calendar/years/1999", "operator");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
	}

	@Test
	void dueDateOfAWorkingDayPeriod() {
		// N15, received Wed 2026-09-30: WD1 Thu 10-08, WD2 10-09, WD3 Sat 10-10 (调休上班), WD4..7 Mon 10-12..Thu 10-15.
		assertThat(get("/api/v1/calendar/working-days?from=2026-09-30&days=7", "operator").json().get("dueDate")
			.asString()).isEqualTo("2026-10-15");
	}

	@Test
	void dueDateOfADayPeriod() {
		// N45, Tue 2026-08-04 + 60 days = Sat 10-03, inside National Day (10-01..07): ends Thu 10-08.
		assertThat(get("/api/v1/calendar/working-days?from=2026-08-04&calendarDays=60", "operator").json()
			.get("dueDate").asString()).isEqualTo("2026-10-08");
	}

	@Test
	void dueDateReachingAYearWithoutANoticeIsNotOfficial() {
		// Mon 2026-12-28 + 10 working days: 12-29..31 (3), 2027-01-01 Fri (no 2027 notice: a working day, 4),
		// 01-04..08 (9), Mon 01-11 (10).
		JsonNode due = get("/api/v1/calendar/working-days?from=2026-12-28&days=10", "operator").json();
		assertThat(due.get("dueDate").asString()).isEqualTo("2027-01-11");
		assertThat(due.get("official").asBoolean()).isFalse();
	}

	@Test
	void dueDateNamesBadParameters() {
		assertThat(get("/api/v1/calendar/working-days?from=2026-02-30&days=-1", "operator").json().get("errors"))
			.extracting(e -> e.get("field").asString())
			.containsExactly("from", "days");
		assertThat(get("/api/v1/calendar/working-days?from=2026-02-01&days=7&calendarDays=60", "operator").json()
			.get("errors")).extracting(e -> e.get("field").asString()).containsExactly("calendarDays");
	}
}
