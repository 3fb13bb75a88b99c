package org.redshield.analytics;

/**
 * A respondent among the most complained about: items naming it (the name as registered, trimmed) and their share of
 * all items matching the filter — of the industry when the filter names a category.
 */
public record RespondentCount(String respondent, long count, double share) {
}
