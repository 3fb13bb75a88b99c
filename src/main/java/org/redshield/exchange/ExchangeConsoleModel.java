package org.redshield.exchange;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import org.redshield.organizations.Organization;
import org.redshield.organizations.Role;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;

/**
 * What the console's shared header needs on the exchange's own pages (the console module's model applies to its own
 * controllers only): the signed-in user and the link switching the language.
 */
@ControllerAdvice(assignableTypes = { ExchangeConsoleController.class, SimulatorController.class })
class ExchangeConsoleModel {

	private final Organization organization;

	ExchangeConsoleModel(Organization organization) {
		this.organization = organization;
	}

	/** The signed-in user as the header shows it (the same properties as the console's own). */
	record Me(String username, String displayName, String unitCode, String unitName, List<Role> roles,
			boolean canRegister, boolean canDispatch) {
	}

	@ModelAttribute("me")
	Me me(@AuthenticationPrincipal StaffUser user) {
		if (user == null) {
			return null;
		}
		boolean canRegister = user.has(Role.OPERATOR) || user.has(Role.DISPATCHER) || user.has(Role.OFFICER)
				|| user.has(Role.LEADER);
		return new Me(user.getUsername(), user.displayName(), user.unitCode(),
				organization.find(user.unitCode()).map(Unit::name).orElse(user.unitCode()), List.copyOf(user.roles()),
				canRegister, user.has(Role.DISPATCHER));
	}

	@ModelAttribute("languageSwitch")
	String languageSwitch(HttpServletRequest request) {
		String other = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "zh-CN" : "en";
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query("GET".equals(request.getMethod()) ? request.getQueryString() : null)
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
	}

	/** The CSRF token is created before rendering starts (the session cannot be created once a page streams out). */
	@ModelAttribute
	void csrf(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}
}
