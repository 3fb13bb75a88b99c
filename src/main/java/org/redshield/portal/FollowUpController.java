package org.redshield.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.redshield.organizations.Organization;
import org.redshield.organizations.Role;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;

/**
 * The console's follow-up page (回访): closed complaints and consultations of the officer's units, with the online
 * rating if any, and a form to record a call. Staff only: it sits behind the console's login.
 */
@Controller
class FollowUpController {

	private final FollowUps followUps;

	private final Organization organization;

	private final MessageSource messages;

	FollowUpController(FollowUps followUps, Organization organization, MessageSource messages) {
		this.followUps = followUps;
		this.organization = organization;
		this.messages = messages;
	}

	/** The signed-in user as the console header shows it (the same properties as the console's own). */
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

	@GetMapping("/follow-ups")
	String list(@AuthenticationPrincipal StaffUser user, @RequestParam(defaultValue = "30") int days, Model model) {
		model.addAttribute("rows", followUps.closed(user, Math.min(Math.max(days, 1), 365)));
		model.addAttribute("days", days);
		return "portal/follow-ups";
	}

	@PostMapping("/follow-ups/{number}")
	String record(@PathVariable String number, @RequestParam(defaultValue = "false") boolean reached,
			@RequestParam(required = false) Integer score, @RequestParam(required = false) String note,
			@AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
		var locale = LocaleContextHolder.getLocale();
		String timelineNote = messages.getMessage(reached ? "portal.follow-up.note.reached" : "portal.follow-up.note.unreached",
				new Object[] { score == null ? "—" : score, note == null || note.isBlank() ? "" : note.strip() }, locale);
		try {
			followUps.record(number, reached, score, note, timelineNote, user);
			redirect.addFlashAttribute("notice", messages.getMessage("portal.follow-up.recorded", new Object[] { number },
					locale));
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(
					PortalController.messageKey(ex.errors().get(0).message()), null, locale));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage("portal.error.not-found", null, locale));
		}
		return "redirect:/follow-ups";
	}
}
