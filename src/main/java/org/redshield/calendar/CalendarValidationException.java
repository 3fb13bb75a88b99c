package org.redshield.calendar;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Calendar input was rejected; nothing was stored. Rendered as an RFC 9457 problem (400) whose {@code errors} property
 * lists every invalid field as {@code {"field": "holidays[3].date", "message": "..."}}.
 */
public class CalendarValidationException extends ErrorResponseException {

	private final List<FieldViolation> violations;

	public CalendarValidationException(List<FieldViolation> violations) {
		super(HttpStatus.BAD_REQUEST, problem(violations), null);
		this.violations = List.copyOf(violations);
	}

	/** Every invalid field, in input order. */
	public List<FieldViolation> violations() {
		return violations;
	}

	@Override
	public String getMessage() {
		return "Invalid calendar input: " + violations;
	}

	private static ProblemDetail problem(List<FieldViolation> violations) {
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("A validation failure names at least one field");
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				violations.size() == 1 ? "1 field is invalid." : violations.size() + " fields are invalid.");
		problem.setTitle("Invalid calendar input");
		problem.setProperty("errors", List.copyOf(violations));
		return problem;
	}

}
