package org.redshield.calendar;

/**
 * One invalid input field, named by its path in the request body, e.g. {@code holidays[3].date}.
 *
 * @param field the path of the field
 * @param message what is wrong with it
 */
public record FieldViolation(String field, String message) {
}
