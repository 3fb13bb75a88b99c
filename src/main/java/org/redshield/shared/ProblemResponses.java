package org.redshield.shared;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Every API error as an RFC 9457 problem document: 400 naming each bad field, 404, 409; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
		problem.setType(URI.create("urn:redshield:problem:invalid-request"));
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", "The item was changed by someone else meanwhile; reload and try again.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be completed.");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		String message = field == null ? "The body is not valid JSON of the expected shape."
				: "Has the wrong type or format.";
		InvalidRequestException invalid = new InvalidRequestException("The request body could not be read.",
				List.of(new FieldError(field == null ? "body" : field, message)));
		return ResponseEntity.badRequest().body(invalid(invalid));
	}

	private static String fieldOf(HttpMessageNotReadableException ex) {
		for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
			if (t instanceof JacksonException je && !je.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference ref : je.getPath()) {
					if (ref.getPropertyName() != null) {
						if (!path.isEmpty()) {
							path.append('.');
						}
						path.append(ref.getPropertyName());
					}
					else if (ref.getIndex() >= 0) {
						path.append('[').append(ref.getIndex()).append(']');
					}
				}
				return path.toString();
			}
		}
		return null;
	}
}
