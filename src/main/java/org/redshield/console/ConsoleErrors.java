package org.redshield.console;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import org.redshield.organizations.StaffUser;
import org.redshield.shared.ConflictException;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;

/**
 * Errors of console pages as friendly pages in the user's language with the right status: 404 for a case outside the
 * user's scope, 403, 409, 400 listing each bad field, 500 without a stack trace.
 */
@ControllerAdvice(assignableTypes = ConsolePage.class)
class ConsoleErrors {

	private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

	private final ConsoleNames names;

	private final ConsoleMessages messages;

	ConsoleErrors(ConsoleNames names, ConsoleMessages messages) {
		this.names = names;
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, "error.not-found", List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(HttpServletRequest request) {
		return page(request, HttpStatus.FORBIDDEN, "error.forbidden", List.of());
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	ModelAndView conflict(HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, "error.conflict", List.of());
	}

	@ExceptionHandler(InvalidRequestException.class)
	ModelAndView invalid(InvalidRequestException ex, HttpServletRequest request) {
		return page(request, HttpStatus.BAD_REQUEST, "error.invalid",
				messages.problems(ex.errors()).stream().map(p -> p.label() + "：" + p.message()).toList());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse response) {
			HttpStatusCode status = response.getStatusCode();
			HttpStatus known = HttpStatus.resolve(status.value());
			if (known == HttpStatus.NOT_FOUND) {
				return notFound(request);
			}
			if (status.is4xxClientError()) {
				return page(request, known == null ? HttpStatus.BAD_REQUEST : known, "error.bad-request", List.of());
			}
		}
		log.error("Console page {} failed", request.getRequestURI(), ex);
		return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", List.of());
	}

	/** Exception handlers get a fresh model, so the header's attributes are added here again. */
	private ModelAndView page(HttpServletRequest request, HttpStatus status, String key, List<String> details) {
		ModelAndView page = new ModelAndView("console/error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("errorKey", key);
		page.addObject("details", details);
		page.addObject("me", ConsoleModel.me(StaffUser.current(), names));
		page.addObject("languageSwitch", ConsoleModel.languageSwitch(request, LocaleContextHolder.getLocale()));
		return page;
	}
}
