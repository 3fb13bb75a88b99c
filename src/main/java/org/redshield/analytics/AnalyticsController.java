package org.redshield.analytics;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.redshield.organizations.StaffUser;
import org.redshield.shared.Enums;

/**
 * The figures as JSON for big-screen displays and other clients. Every endpoint takes the same filter: {@code from},
 * {@code to} (receipt dates YYYY-MM-DD in Asia/Shanghai, both included; default the current month), {@code unit} (a
 * unit in the caller's scope, default the caller's own), and optionally {@code type}, {@code channel},
 * {@code category}, {@code issue}, {@code region}, {@code respondent}.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@PreAuthorize(AnalyticsController.STAFF)
class AnalyticsController {

	/** Every staff role; partner hotlines' service accounts see no figures. */
	static final String STAFF = "hasAnyRole('OPERATOR','DISPATCHER','OFFICER','LEADER','ADMIN')";

	private final Analytics analytics;

	AnalyticsController(Analytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/figures")
	Figures figures(@AuthenticationPrincipal StaffUser user, FilterParams p) {
		return analytics.figures(user, p.filter(analytics.today()));
	}

	@GetMapping("/top-respondents")
	List<RespondentCount> topRespondents(@AuthenticationPrincipal StaffUser user, FilterParams p,
			@RequestParam(defaultValue = "10") int limit) {
		return analytics.topRespondents(user, p.filter(analytics.today()), limit);
	}

	@GetMapping("/top-lists")
	TopLists topLists(@AuthenticationPrincipal StaffUser user, FilterParams p,
			@RequestParam(defaultValue = "10") int limit) {
		return analytics.topLists(user, p.filter(analytics.today()), limit);
	}

	/** The cases behind a figure: {@code measure} names it (RECEIVED, ACCEPTED, CLOSED, ...; default RECEIVED). */
	@GetMapping("/cases")
	CaseList cases(@AuthenticationPrincipal StaffUser user, FilterParams p,
			@RequestParam(required = false) String measure, @RequestParam(defaultValue = "50") int limit,
			@RequestParam(defaultValue = "0") int offset) {
		Measure m = measure == null ? Measure.RECEIVED : Enums.parse(Measure.class, measure, "measure");
		return analytics.cases(user, p.filter(analytics.today()), m, limit, offset);
	}
}
