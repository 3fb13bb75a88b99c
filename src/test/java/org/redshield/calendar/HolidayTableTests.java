package org.redshield.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The holiday table: the shipped chinese-days file and whole-year overrides by an admin. Expected values are read off
 * {@code calendar/chinese-days-1.5.7.json}.
 * <p>
 * N45 (第四十五条): "期间届满的最后一日是法定节假日的，以法定节假日后的第一日为期间届满的日期。" — which days are 法定节假日 comes from
 * this table.
 */
class HolidayTableTests {

	@Test
	void shippedTableHoldsTheNoticesOf2004To2026() {
		HolidayTable table = HolidayTable.shipped();

		assertThat(table.years()).first().isEqualTo(2004);
		assertThat(table.years()).last().isEqualTo(2026);
		assertThat(table.years()).hasSize(23);
	}

	@Test
	void shippedTableHas2026NationalDayWithChineseNames() {
		HolidayTable year = HolidayTable.shipped().year(2026);

		assertThat(year.holidays()).hasSize(33);
		assertThat(year.holidays().subMap(LocalDate.of(2026, 9, 28), true, LocalDate.of(2026, 10, 31), true))
			.containsOnlyKeys(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3),
					LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
					LocalDate.of(2026, 10, 7))
			.containsValue("国庆节");
		assertThat(year.workdays()).containsExactly(Map.entry(LocalDate.of(2026, 1, 4), "元旦"),
				Map.entry(LocalDate.of(2026, 2, 14), "春节"), Map.entry(LocalDate.of(2026, 2, 28), "春节"),
				Map.entry(LocalDate.of(2026, 5, 9), "劳动节"), Map.entry(LocalDate.of(2026, 9, 20), "国庆节"),
				Map.entry(LocalDate.of(2026, 10, 10), "国庆节"));
	}

	@Test
	void parsesTheChineseNameAndIgnoresInLieuDays() {
		String json = """
				{"holidays": {"2030-10-01": "National Day,国庆节,3"},
				 "workdays": {"2030-09-29": "National Day,国庆节,3"},
				 "inLieuDays": {"2030-10-01": "National Day,国庆节,3"}}
				""";

		HolidayTable table = HolidayTable.fromChineseDays(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

		assertThat(table.holidays()).containsExactly(Map.entry(LocalDate.of(2030, 10, 1), "国庆节"));
		assertThat(table.workdays()).containsExactly(Map.entry(LocalDate.of(2030, 9, 29), "国庆节"));
		assertThat(table.years()).containsExactly(2030);
	}

	@Test
	void rejectsAFileWhoseKeysAreNotDates() {
		String json = """
				{"holidays": {"2030-13-01": "National Day,国庆节,3"}}
				""";

		assertThatIllegalArgumentException().isThrownBy(
				() -> HolidayTable.fromChineseDays(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.withMessageContaining("2030-13-01");
	}

	@Test
	void adminLoadedYearReplacesTheShippedYearWhole() {
		// A corrected 2026 notice: National Day 10-01..10-08, no swapped Saturday 10-10, and (to show the whole year is
		// replaced, not patched) no Spring Festival at all.
		HolidayTable loaded = HolidayTable.ofYear(2026, Map.of(LocalDate.of(2026, 10, 1), "国庆节",
				LocalDate.of(2026, 10, 8), "国庆节"), Map.of(LocalDate.of(2026, 9, 27), "国庆节"));

		HolidayTable merged = HolidayTable.shipped().withYears(loaded);
		WorkingDayCalendar calendar = new WorkingDayCalendar(merged);

		assertThat(merged.year(2026)).isEqualTo(loaded);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isFalse(); // Thursday, now a holiday
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse(); // Saturday, no longer swapped
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 2))).isTrue(); // Friday, dropped from the notice
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue(); // Monday, Spring Festival gone
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 27))).isTrue(); // Sunday, swapped
		// Other years keep the shipped notice: 2025-10-01 (Wednesday) is still National Day.
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
		assertThat(merged.years()).isEqualTo(HolidayTable.shipped().years());
	}

	@Test
	void adminLoadedNewYearBecomesCovered() {
		// 2027-10-01 is a Friday: a working day until the 2027 notice is loaded.
		HolidayTable notice2027 = HolidayTable.ofYear(2027, Map.of(LocalDate.of(2027, 10, 1), "国庆节"), Map.of());

		WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayTable.shipped().withYears(notice2027));

		assertThat(calendar.covers(2027)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(WorkingDayCalendar.shipped().covers(2027)).isFalse();
	}

	@Test
	void rejectsADateThatIsBothHolidayAndWorkday() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HolidayTable.ofYear(2027, Map.of(LocalDate.of(2027, 10, 2), "国庆节"),
					Map.of(LocalDate.of(2027, 10, 2), "国庆节")))
			.withMessageContaining("2027-10-02");
	}

	@Test
	void rejectsEntriesOutsideTheCoveredYears() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> HolidayTable.of(Map.of(LocalDate.of(2026, 12, 31), "元旦"), Map.of(), List.of(2027)))
			.withMessageContaining("2026-12-31");
	}

	@Test
	void yearNotCoveredIsEmpty() {
		HolidayTable year = HolidayTable.shipped().year(2027);

		assertThat(year.covers(2027)).isFalse();
		assertThat(year.holidays()).isEmpty();
		assertThat(year.workdays()).isEmpty();
	}

}
