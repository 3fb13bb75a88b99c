package org.redshield.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * Top lists for the period (热点排行): categories and issues with most items and their growth, and the respondents
 * with most items in each hot industry (the categories with most items), as Handan publishes them.
 */
public record TopLists(LocalDate from, LocalDate to, Figures.UnitRef unit, List<Growth> categories, List<Growth> issues,
		List<RespondentCount> respondents, List<Industry> industries) {

	/** A category or issue: items now, a year before and in the period before, and the relative changes. */
	public record Growth(String key, String name, String nameEn, long count, double share, long previousYear,
			Double yearOnYear, long previousPeriod, Double periodOnPeriod) {
	}

	/** A hot industry and its top respondents, with their shares of the industry's items. */
	public record Industry(String key, String name, String nameEn, long count, List<RespondentCount> respondents) {
	}
}
