package org.redshield.console;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.redshield.cases.CaseStatus;
import org.redshield.cases.CaseSummary;
import org.redshield.cases.Cases;
import org.redshield.organizations.StaffUser;

/**
 * 分送: what waits for a dispatcher (registered items routing could not place, items returned by a unit without
 * competence, items waiting to be transferred out), each with a quick dispatch form (N41).
 */
@Controller
class ConsoleDispatchController implements ConsolePage {

	static final int LIMIT = 200;

	/** The states a dispatcher acts on, in the order the page lists them. */
	static final List<CaseStatus> WAITING = List.of(CaseStatus.REGISTERED, CaseStatus.RETURNED,
			CaseStatus.PENDING_TRANSFER_OUT);

	/** One section of the page: a state and its cases. */
	record Section(CaseStatus status, List<CaseSummary> rows) {
	}

	private final Cases cases;

	private final ConsoleNames names;

	ConsoleDispatchController(Cases cases, ConsoleNames names) {
		this.cases = cases;
		this.names = names;
	}

	@GetMapping("/dispatch")
	@PreAuthorize("hasRole('DISPATCHER')")
	String dispatch(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("sections",
				WAITING.stream().map(s -> new Section(s, cases.queue(user, s, LIMIT, 0))).toList());
		model.addAttribute("units", names.dispatchTargets());
		return "console/dispatch";
	}
}
