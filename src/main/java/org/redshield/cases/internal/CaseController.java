package org.redshield.cases.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.redshield.cases.CaseStatus;
import org.redshield.cases.CaseSummary;
import org.redshield.cases.CaseView;
import org.redshield.cases.Cases;
import org.redshield.cases.Move;
import org.redshield.cases.MoveCommand;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.Enums;
import org.redshield.shared.NotFoundException;

/**
 * Reading cases and moving them through their lifecycle: {@code POST /api/v1/cases/{number}/{move}}.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

	private final Cases cases;

	CaseController(Cases cases) {
		this.cases = cases;
	}

	/**
	 * The body of a move; each move reads what it needs.
	 * @param reason N16 reason for refuse, N23 reason for terminate-mediation, APPRAISAL or RECUSAL for pause
	 * @param unitCode target of dispatch, reroute, assign, delegate-mediation
	 * @param divisionCode competent division for transfer-out / await-transfer
	 */
	record MoveRequest(String reason, String note, BigDecimal recoveredAmount, String unitCode, String divisionCode,
			String answer, String category, String issue) {
	}

	@GetMapping("/{number}")
	CaseView get(@PathVariable String number, @AuthenticationPrincipal StaffUser user) {
		return cases.view(number, user);
	}

	@GetMapping
	List<CaseSummary> queue(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) String urgency, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "0") int offset) {
		return cases.queue(user, status == null ? null : Enums.parse(CaseStatus.class, status, "status"),
				urgency == null ? Cases.Urgency.ALL : Enums.parse(Cases.Urgency.class, urgency, "urgency"), limit, offset);
	}

	@PostMapping("/{number}/{move}")
	CaseView move(@PathVariable String number, @PathVariable("move") String path,
			@RequestBody(required = false) MoveRequest body, @AuthenticationPrincipal StaffUser user) {
		Move move = Move.fromPath(path)
			.filter(m -> m != Move.REGISTER)
			.orElseThrow(() -> new NotFoundException("No such move: " + path));
		MoveRequest b = body == null ? new MoveRequest(null, null, null, null, null, null, null, null) : body;
		MoveCommand command = new MoveCommand(move, b.reason(), b.note(), b.recoveredAmount(),
				cases.unitFor(b.unitCode()), b.divisionCode(), b.answer(), b.category(), b.issue());
		return cases.view(cases.move(number, command, user), user);
	}

}
