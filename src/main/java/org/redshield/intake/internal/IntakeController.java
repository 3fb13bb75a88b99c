package org.redshield.intake.internal;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.redshield.cases.Actor;
import org.redshield.cases.Case;
import org.redshield.cases.CaseView;
import org.redshield.cases.Cases;
import org.redshield.intake.CaseRequest;
import org.redshield.intake.Intake;
import org.redshield.intake.ProfessionalClaimantSignals;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.InvalidRequestException;

/**
 * {@code POST /api/v1/cases}: registers an item and answers 201 with the case.
 */
@RestController
@RequestMapping("/api/v1/cases")
class IntakeController {

	private final Intake intake;

	private final Cases cases;

	private final ProfessionalClaimantSignals signals;

	IntakeController(Intake intake, Cases cases, ProfessionalClaimantSignals signals) {
		this.intake = intake;
		this.cases = cases;
		this.signals = signals;
	}

	record SplitRequest(String facts, String conductDivisionCode) {
	}

	/** N17 signals for the officer deciding whether the complaint is for personal consumption. */
	@org.springframework.web.bind.annotation.GetMapping("/{number}/signals")
	java.util.List<ProfessionalClaimantSignals.Signal> signals(@PathVariable String number,
			@AuthenticationPrincipal StaffUser user) {
		return signals.of(cases.get(number, user));
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('OPERATOR','DISPATCHER','OFFICER','LEADER')")
	ResponseEntity<CaseView> register(@RequestBody(required = false) CaseRequest request,
			@AuthenticationPrincipal StaffUser user) {
		if (request == null) {
			throw new InvalidRequestException("body", "a JSON case is required");
		}
		return created(intake.register(request, Actor.of(user)), user);
	}

	@PostMapping("/{number}/split-report")
	@PreAuthorize("hasAnyRole('OPERATOR','DISPATCHER','OFFICER','LEADER')")
	ResponseEntity<CaseView> splitReport(@PathVariable String number, @RequestBody(required = false) SplitRequest body,
			@AuthenticationPrincipal StaffUser user) {
		SplitRequest b = body == null ? new SplitRequest(null, null) : body;
		return created(intake.splitReport(number, b.facts(), b.conductDivisionCode(), user), user);
	}

	private ResponseEntity<CaseView> created(Case c, StaffUser user) {
		return ResponseEntity.created(URI.create("/api/v1/cases/" + c.number())).body(cases.view(c, user));
	}
}
