package org.redshield.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.redshield.cases.CaseStatus;
import org.redshield.cases.CaseSummary;
import org.redshield.cases.Cases;
import org.redshield.organizations.StaffUser;

/**
 * 我的待办: the open cases in the user's scope, overdue and due soonest first; htmx swaps in the table alone when the
 * status filter changes or the periodic refresh fires.
 */
@Controller
class ConsoleQueueController implements ConsolePage {

	static final int PAGE_SIZE = 50;

	/** The statuses a queue can hold: every state but the final ones. */
	static final List<CaseStatus> OPEN = Arrays.stream(CaseStatus.values()).filter(s -> !s.isFinal()).toList();

	private final Cases cases;

	ConsoleQueueController(Cases cases) {
		this.cases = cases;
	}

	@GetMapping("/")
	String queue(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CaseStatus filter = OPEN.stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
		int current = Math.max(page, 0);
		List<CaseSummary> rows = cases.queue(user, filter, PAGE_SIZE + 1, current * PAGE_SIZE);
		model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("status", filter);
		model.addAttribute("statuses", OPEN);
		return htmx != null ? "console/queue :: table" : "console/queue";
	}

	/** The header's search box: a case number goes straight to its page. */
	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, RedirectAttributes redirect) {
		String number = q == null ? "" : q.strip().toUpperCase(Locale.ROOT);
		if (number.isEmpty()) {
			return "redirect:/";
		}
		redirect.addAttribute("number", number);
		return "redirect:/cases/{number}";
	}
}
