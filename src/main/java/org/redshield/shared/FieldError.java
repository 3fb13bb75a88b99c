package org.redshield.shared;

/**
 * One bad field of a request, named by its JSON path (e.g. {@code complainant.phone}).
 */
public record FieldError(String field, String message) {
}
