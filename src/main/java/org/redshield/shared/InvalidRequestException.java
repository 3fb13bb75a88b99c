package org.redshield.shared;

import java.util.List;

/**
 * Input that breaks a rule, with every bad field named; answered as 400 {@code application/problem+json}.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidRequestException(String message, List<FieldError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String field, String message) {
		this(message, List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}
}
