package org.redshield.routing;

/**
 * The division whose market-regulation department is competent, and the article that says so.
 */
public record CompetentDivision(String divisionCode, String basis) {
}
