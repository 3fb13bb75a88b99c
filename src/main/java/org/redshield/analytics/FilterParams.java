package org.redshield.analytics;

import java.time.LocalDate;

/**
 * The filter as query parameters bind it, strings all, so that {@link Filter#parse} reports every bad one by name.
 */
record FilterParams(String from, String to, String unit, String type, String channel, String category, String issue,
		String region, String respondent) {

	Filter filter(LocalDate today) {
		return Filter.parse(from, to, unit, type, channel, category, issue, region, respondent, today);
	}
}
