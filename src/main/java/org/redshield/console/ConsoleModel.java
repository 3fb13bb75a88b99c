package org.redshield.console;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import org.redshield.organizations.Role;
import org.redshield.organizations.StaffUser;

/**
 * What every console page shows in its header: who is signed in, for which unit and in which roles, and the link
 * switching the language.
 */
@ControllerAdvice(assignableTypes = ConsolePage.class)
class ConsoleModel {

	/** Roles that may register an item (as the API's intake endpoint allows). */
	static final String CAN_REGISTER = "hasAnyRole('OPERATOR','DISPATCHER','OFFICER','LEADER')";

	private final ConsoleNames names;

	ConsoleModel(ConsoleNames names) {
		this.names = names;
	}

	/** The signed-in user as the header shows it. */
	record Me(String username, String displayName, String unitCode, String unitName, List<Role> roles,
			boolean canRegister, boolean canDispatch) {
	}

	@ModelAttribute("me")
	Me me(@AuthenticationPrincipal StaffUser user) {
		return me(user, names);
	}

	static Me me(StaffUser user, ConsoleNames names) {
		if (user == null) {
			return null;
		}
		boolean canRegister = user.has(Role.OPERATOR) || user.has(Role.DISPATCHER) || user.has(Role.OFFICER)
				|| user.has(Role.LEADER);
		return new Me(user.getUsername(), user.displayName(), user.unitCode(), names.unit(user.unitCode()),
				List.copyOf(user.roles()), canRegister, user.has(Role.DISPATCHER));
	}

	@ModelAttribute("languageSwitch")
	String languageSwitch(HttpServletRequest request) {
		return languageSwitch(request, LocaleContextHolder.getLocale());
	}

	/** The current page in the other language (the query of a GET kept), for the header's language link. */
	static String languageSwitch(HttpServletRequest request, Locale current) {
		String other = "en".equals(current.getLanguage()) ? "zh-CN" : "en";
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query("GET".equals(request.getMethod()) ? request.getQueryString() : null)
			.replaceQueryParam(ConsoleWebConfiguration.LANGUAGE_PARAMETER, other)
			.build()
			.toUriString();
	}

	/**
	 * Loads the CSRF token before rendering starts: the session that stores it cannot be created once a long page has
	 * begun streaming out.
	 */
	@ModelAttribute
	void csrf(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}
}
