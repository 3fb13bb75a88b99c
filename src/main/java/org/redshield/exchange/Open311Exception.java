package org.redshield.exchange;

import java.util.List;

/**
 * An Open311 error: the HTTP status (404 for what does not exist, 403 for a missing or bad api_key, 400 otherwise) and
 * the errors of the spec's error format, each with its own code and description.
 */
class Open311Exception extends RuntimeException {

	record Error(int code, String description) {
	}

	private final int status;

	private final List<Error> errors;

	Open311Exception(int status, String description) {
		this(status, List.of(new Error(status, description)));
	}

	Open311Exception(int status, List<Error> errors) {
		super(errors.isEmpty() ? "error" : errors.get(0).description());
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	int status() {
		return status;
	}

	List<Error> errors() {
		return errors;
	}
}
