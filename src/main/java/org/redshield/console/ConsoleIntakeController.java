package org.redshield.console;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.redshield.cases.Actor;
import org.redshield.cases.Case;
import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.console.ConsoleMessages.FieldProblem;
import org.redshield.intake.Intake;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.InvalidRequestException;

/**
 * 登记: the form an operator fills while on the phone. A bad item comes back with every bad field marked and every
 * value kept; a good one opens the new case's page.
 */
@Controller
class ConsoleIntakeController implements ConsolePage {

	private final Intake intake;

	private final ConsoleNames names;

	private final ConsoleMessages messages;

	ConsoleIntakeController(Intake intake, ConsoleNames names, ConsoleMessages messages) {
		this.intake = intake;
		this.names = names;
		this.messages = messages;
	}

	/** The form's inputs in the order the page shows them, which is the order its problems are listed in. */
	static final List<String> INPUTS = List.of("type", "channel", "complainant.name", "complainant.phone",
			"complainant.address", "respondent.name", "respondent.address", "respondent.divisionCode",
			"respondent.platform.name", "respondent.platform.divisionCode", "conductDivisionCode", "request", "facts",
			"amount", "category", "issue", "answer", "reportFacts", "receivedAt");

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", CaseType.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("localDivisions", names.localDivisions());
	}

	@GetMapping("/intake")
	@PreAuthorize(ConsoleModel.CAN_REGISTER)
	String form(Model model) {
		model.addAttribute("form", new IntakeForm());
		model.addAttribute("errors", Map.of());
		model.addAttribute("problems", List.of());
		model.addAttribute("firstError", null);
		return "console/intake";
	}

	@PostMapping("/intake")
	@PreAuthorize(ConsoleModel.CAN_REGISTER)
	String register(@ModelAttribute("form") IntakeForm form, @AuthenticationPrincipal StaffUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Case registered;
		try {
			registered = intake.register(form.toRequest(), Actor.of(user));
		}
		catch (InvalidRequestException ex) {
			List<FieldProblem> problems = messages.problems(ex.errors())
				.stream()
				.sorted(Comparator.comparingInt(p -> INPUTS.contains(p.field()) ? INPUTS.indexOf(p.field()) : -1))
				.toList();
			Map<String, String> byField = new LinkedHashMap<>();
			problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + "；" + b));
			model.addAttribute("errors", byField);
			model.addAttribute("problems", problems);
			model.addAttribute("firstError",
					problems.stream().map(FieldProblem::field).filter(INPUTS::contains).findFirst().orElse(null));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "console/intake";
		}
		String status = messages.text("status." + registered.status().name());
		String notice = registered.linkedCaseNumber() == null
				? messages.text("intake.registered", registered.number(), status)
				: messages.text("intake.registered-split", registered.number(), status, registered.linkedCaseNumber());
		redirect.addFlashAttribute("notice", notice);
		redirect.addAttribute("number", registered.number());
		return "redirect:/cases/{number}";
	}
}
