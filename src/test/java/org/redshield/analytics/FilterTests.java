package org.redshield.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.redshield.shared.InvalidRequestException;

/**
 * The periods figures compare with: 环比 is the period just before (whole months with as many months before), 同比 the
 * same dates a year before.
 */
class FilterTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static Filter of(String from, String to) {
		return Filter.parse(from, to, null, null, null, null, null, null, null, TODAY);
	}

	@Test
	void aMonthComparesWithTheMonthBeforeAndTheSameMonthAYearBefore() {
		Filter march = of("2025-03-01", "2025-03-31");
		assertThat(march.previousPeriod().from()).isEqualTo("2025-02-01");
		assertThat(march.previousPeriod().to()).isEqualTo("2025-02-28");
		assertThat(march.previousYear().from()).isEqualTo("2024-03-01");
		assertThat(march.previousYear().to()).isEqualTo("2024-03-31");
		Filter february = of("2024-02-01", "2024-02-29");
		assertThat(february.previousYear().to()).isEqualTo("2023-02-28");
		Filter quarter = of("2025-04-01", "2025-06-30");
		assertThat(quarter.previousPeriod().from()).isEqualTo("2025-01-01");
		assertThat(quarter.previousPeriod().to()).isEqualTo("2025-03-31");
	}

	@Test
	void otherRangesCompareWithAsManyDaysBefore() {
		Filter fortnight = of("2025-03-03", "2025-03-16");
		assertThat(fortnight.previousPeriod().from()).isEqualTo("2025-02-17");
		assertThat(fortnight.previousPeriod().to()).isEqualTo("2025-03-02");
	}

	@Test
	void withoutDatesItIsTheCurrentMonthUpToToday() {
		Filter f = of(null, null);
		assertThat(f.from()).isEqualTo("2026-11-01");
		assertThat(f.to()).isEqualTo(TODAY);
	}

	@Test
	void badDatesAreReportedByField() {
		assertThatThrownBy(() -> of("2025-03-02", "2025-03-01")).isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> of("2000-01-01", "2026-01-01")).isInstanceOfSatisfying(InvalidRequestException.class,
				ex -> assertThat(ex.errors()).extracting(e -> e.field()).containsExactly("to"));
	}
}
