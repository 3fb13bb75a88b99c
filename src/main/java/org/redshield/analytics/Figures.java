package org.redshield.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of one period and subtree of units ({@code GET /api/v1/analytics/figures}): items received in the
 * period (by receipt date, Asia/Shanghai, both ends included) and what has become of them so far, each figure counted
 * once per case under its current handling unit.
 *
 * @param byType every item type, zero included
 * @param byChannel every channel, zero included
 * @param recovered items with money recovered for the consumer; {@code recoveredAmount} is the sum in yuan
 * @param acceptanceDue complaints whose acceptance decision is due (see {@link Measure#ACCEPTANCE_DUE})
 * @param onTimeAcceptanceRate acceptedOnTime / acceptanceDue, null when nothing was due
 * @param onTimeClosureRate closedOnTime / closed, null when nothing was closed
 * @param satisfaction null until follow-up calls (回访) are recorded (issue 4)
 * @param byCategory goods and services categories, most items first; key null for items not yet classified
 * @param byRegion the divisions directly under the unit's division, by the respondent's division (else the competent
 *     division); key null for items without either, {@code OUTSIDE} for divisions outside the unit's
 * @param byUnit the unit itself (cases handled at that level) and each unit directly below it with its whole subtree;
 *     key null for items handled by no unit (awaiting transfer out, root scope only)
 * @param byRespondent the ten respondents with most items
 * @param trend per day for ranges up to 92 days, per month beyond
 * @param changes period-on-period (环比) and year-on-year (同比) for the main figures
 */
public record Figures(LocalDate from, LocalDate to, UnitRef unit, long received, Map<String, Long> byType,
		Map<String, Long> byChannel, long accepted, long refused, long mediated, long closed, long closedOnTime,
		long linkage, long recovered, BigDecimal recoveredAmount, long acceptanceDue, long acceptedOnTime, long acceptedLate,
		Double onTimeAcceptanceRate, Double onTimeClosureRate, Double satisfaction, List<Bucket> byCategory,
		List<Bucket> byIssue, List<Bucket> byRegion, List<Bucket> byUnit, List<RespondentCount> byRespondent,
		String trendStep, List<TrendPoint> trend, Changes changes) {

	/** A unit as the figures name it. */
	public record UnitRef(String code, String name) {
	}

	/** One bar of a chart: a key to drill down with, its names, the count and its share of the items received. */
	public record Bucket(String key, String name, String nameEn, long count, double share) {
	}

	/** One point of the trend line: items received in the period starting that day, and how many of them are closed. */
	public record TrendPoint(LocalDate period, long received, long closed, long receivedYearBefore) {
	}

	/** A figure now, in the period before and a year before, and the relative changes (0.25 = +25 %). */
	public record Change(BigDecimal current, BigDecimal previousPeriod, Double periodOnPeriod, BigDecimal previousYear,
			Double yearOnYear) {
	}

	/** Which periods the changes compare with, and the changes by figure name. */
	public record Changes(LocalDate previousPeriodFrom, LocalDate previousPeriodTo, LocalDate previousYearFrom,
			LocalDate previousYearTo, Map<String, Change> figures) {
	}
}
