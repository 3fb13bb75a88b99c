package org.redshield.portal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import org.redshield.shared.PhoneNumber;

/**
 * What every public page shows: the link to the other language and, when a phone is verified in this session, that
 * phone masked (with a way to forget it on a shared device).
 */
@ControllerAdvice(assignableTypes = PortalPage.class)
class PortalModel {

	private final Clock clock;

	PortalModel(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("languageSwitch")
	String languageSwitchLink(HttpServletRequest request) {
		return languageSwitch(request);
	}

	/** The current page in the other language (the query of a GET kept). */
	static String languageSwitch(HttpServletRequest request) {
		String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "zh-CN" : "en";
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query("GET".equals(request.getMethod()) ? request.getQueryString() : null)
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
	}

	@ModelAttribute("verifiedPhone")
	String verifiedPhone(HttpServletRequest request) {
		return PortalSession.verifiedPhone(request.getSession(false), clock.instant()).map(PhoneNumber::mask).orElse(null);
	}

	/** The CSRF token is made before rendering starts (the session cannot be created once a page streams out). */
	@ModelAttribute
	void csrf(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}
}
