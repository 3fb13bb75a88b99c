package org.redshield.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.redshield.organizations.StaffUser;

/**
 * The sign-in page; Spring Security handles the POST, the failure ({@code ?error}) and the logout ({@code ?logout}).
 */
@Controller
class ConsoleLoginController implements ConsolePage {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal StaffUser user) {
		return user == null ? "console/login" : "redirect:/";
	}
}
