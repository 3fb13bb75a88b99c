package org.redshield.exchange;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import org.redshield.organizations.StaffUser;
import org.redshield.shared.ConflictException;
import org.redshield.shared.NotFoundException;

/**
 * Errors of the exchange's console pages as the console's own error page: 404 for a case outside the user's scope or
 * a simulator that is off, 403, 409.
 */
@ControllerAdvice(assignableTypes = { ExchangeConsoleController.class, SimulatorController.class })
class ExchangeConsoleErrors {

	private final ExchangeConsoleModel model;

	ExchangeConsoleErrors(ExchangeConsoleModel model) {
		this.model = model;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, "error.not-found");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(HttpServletRequest request) {
		return page(request, HttpStatus.FORBIDDEN, "error.forbidden");
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(HttpServletRequest request) {
		return page(request, HttpStatus.CONFLICT, "error.conflict");
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String key) {
		ModelAndView page = new ModelAndView("console/error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("errorKey", key);
		page.addObject("details", List.of());
		page.addObject("me", model.me(StaffUser.current()));
		page.addObject("languageSwitch", model.languageSwitch(request));
		return page;
	}
}
