package org.redshield.console;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.redshield.cases.CaseView;
import org.redshield.cases.Cases;
import org.redshield.cases.Move;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.ConflictException;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;

/**
 * The case page: every field, the deadlines with the working days left, the timeline, and a form for each move the
 * user may make now. A refused move (409, 400, 403) comes back as a message on the page.
 */
@Controller
class ConsoleCaseController implements ConsolePage {

	private final Cases cases;

	private final ConsoleNames names;

	private final ConsoleMessages messages;

	ConsoleCaseController(Cases cases, ConsoleNames names, ConsoleMessages messages) {
		this.cases = cases;
		this.names = names;
		this.messages = messages;
	}

	@GetMapping("/cases/{number}")
	String show(@PathVariable String number, @AuthenticationPrincipal StaffUser user, Model model) {
		CaseView c = cases.view(number, user);
		model.addAttribute("c", c);
		model.addAttribute("moves", MovePanel.forCase(c, names));
		return "console/case";
	}

	@PostMapping("/cases/{number}/moves/{move}")
	String move(@PathVariable String number, @PathVariable("move") String path,
			@ModelAttribute("moveForm") MoveForm form, @AuthenticationPrincipal StaffUser user,
			RedirectAttributes redirect) {
		Move move = Move.fromPath(path)
			.filter(m -> m != Move.REGISTER)
			.orElseThrow(() -> new NotFoundException("No such move: " + path));
		String label = messages.text("move." + move.path());
		try {
			cases.move(number, form.toCommand(move, cases::unitFor), user);
			redirect.addFlashAttribute("notice", messages.text("case.moved", label, number));
		}
		catch (InvalidRequestException ex) {
			redirect.addFlashAttribute("problem", messages.text("case.move-invalid", label));
			redirect.addFlashAttribute("problemDetails",
					messages.problems(ex.errors()).stream().map(p -> p.label() + "：" + p.message()).toList());
			redirect.addFlashAttribute("failedMove", move.path());
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", messages.text("case.move-conflict", label));
		}
		catch (AccessDeniedException ex) {
			redirect.addFlashAttribute("problem", messages.text("case.move-forbidden", label));
		}
		if (form.backToDispatch()) {
			return "redirect:/dispatch";
		}
		// A unit that returns a case (N41) no longer sees it: back to its queue.
		if (move == Move.RETURN && !redirect.getFlashAttributes().containsKey("problem")) {
			return "redirect:/";
		}
		return "redirect:/cases/{number}";
	}
}
