package org.redshield.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import org.redshield.portal.RateLimiter.RateLimitedException;
import org.redshield.shared.NotFoundException;

/**
 * Errors of the public site as plain pages in the consumer's language: 429 with how long to wait, 404, 413 for an
 * upload too large, and 500 without details.
 */
@ControllerAdvice(assignableTypes = PortalPage.class)
class PortalErrors {

	private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

	@ExceptionHandler(RateLimitedException.class)
	ModelAndView tooMany(RateLimitedException ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
		ModelAndView page = page(request, HttpStatus.TOO_MANY_REQUESTS, "portal.limit." + ex.limit());
		page.addObject("minutes", ex.retryAfterMinutes());
		return page;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		return page(request, HttpStatus.NOT_FOUND, "portal.error.not-found");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
			return page(request, status == null ? HttpStatus.BAD_REQUEST : status,
					status == HttpStatus.NOT_FOUND ? "portal.error.not-found" : "portal.error.bad-request");
		}
		log.error("Portal page {} failed", request.getRequestURI(), ex);
		return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "portal.error.unexpected");
	}

	static ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey) {
		ModelAndView page = new ModelAndView("portal/message");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageKey", messageKey);
		page.addObject("languageSwitch", PortalModel.languageSwitch(request));
		return page;
	}

	/**
	 * An upload over the servlet's multipart limit fails before any controller is chosen, so this advice is global; it
	 * answers for the portal's paths only and leaves every other path to the default handling.
	 */
	@ControllerAdvice
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class UploadLimit {

		@ExceptionHandler(MaxUploadSizeExceededException.class)
		ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) throws MultipartException {
			if (!request.getRequestURI().startsWith(request.getContextPath() + "/portal")) {
				throw ex;
			}
			return page(request, HttpStatus.CONTENT_TOO_LARGE, "portal.error.upload-too-large");
		}
	}
}
