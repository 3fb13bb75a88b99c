package org.redshield.intake;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.cases.Actor;
import org.redshield.categories.Categories;
import org.redshield.cases.Case;
import org.redshield.cases.CaseStatus;
import org.redshield.cases.CaseType;
import org.redshield.cases.Cases;
import org.redshield.cases.Party;
import org.redshield.cases.Registration;
import org.redshield.cases.Respondent;
import org.redshield.cases.TransferSource;
import org.redshield.intake.CaseRequest.PartyRequest;
import org.redshield.intake.CaseRequest.RespondentRequest;
import org.redshield.intake.IntakeRequirements.Checked;
import org.redshield.organizations.Organization;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;
import org.redshield.regions.Divisions;
import org.redshield.routing.JurisdictionFacts;
import org.redshield.routing.Routing;
import org.redshield.routing.RoutingDecision;
import org.redshield.shared.ConflictException;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;

/**
 * Registers new items: checks them (N10, N28), routes them (N13, N29, N31) and registers them, splitting a mixed
 * complaint-and-report submission into two linked cases (N9). All or nothing: a bad item stores nothing.
 */
@Service
public class Intake {

	private final IntakeRequirements requirements;

	private final Cases cases;

	private final Routing routing;

	private final Organization organization;

	Intake(Divisions divisions, Clock clock, Cases cases, Routing routing, Organization organization,
			Categories categories) {
		this.requirements = new IntakeRequirements(divisions, clock, categories);
		this.cases = cases;
		this.routing = routing;
		this.organization = organization;
	}

	@Transactional
	public Case register(CaseRequest request, Actor actor) {
		return register(request, actor, null);
	}

	/**
	 * Registers an item transferred by a partner hotline (转办): channel TRANSFER is the caller's to set; the source
	 * and its feedback date travel with the case.
	 */
	@Transactional
	public Case register(CaseRequest request, Actor actor, TransferSource source) {
		Checked[] checked = new Checked[1];
		List<FieldError> errors = requirements.check(request, checked);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The item is incomplete or has bad fields (N10, N28).", errors);
		}
		Checked c = checked[0];
		Case registered = cases.register(registration(request, c.type(), c, request.facts(), null, source), actor);
		if (IntakeRequirements.present(request.reportFacts())) {
			Case report = cases.register(registration(request, CaseType.REPORT, c, request.reportFacts(),
					registered.number(), null), actor);
			registered = cases.link(registered.number(), report.number());
		}
		return registered;
	}

	/**
	 * Opens a report linked to a complaint: report content found in a complaint (N9) or a suspected violation found
	 * while mediating (N27, verified within 15 working days).
	 */
	@Transactional
	public Case splitReport(String complaintNumber, String facts, String conductDivisionCode, StaffUser user) {
		Case complaint = cases.get(complaintNumber, user);
		if (complaint.type() != CaseType.COMPLAINT) {
			throw new ConflictException("Only a complaint is split into a linked report.");
		}
		if (complaint.status() == CaseStatus.CLOSED || complaint.status() == CaseStatus.WITHDRAWN) {
			throw new ConflictException("The complaint is already finished.");
		}
		if (!IntakeRequirements.present(facts)) {
			throw new InvalidRequestException("facts", "is required");
		}
		Respondent r = complaint.respondent();
		RespondentRequest respondent = r == null ? null
				: new RespondentRequest(r.name(), r.address(), r.divisionCode(), r.insidePlatform()
						? new CaseRequest.PlatformRequest(r.platformName(), r.platformDivisionCode()) : null);
		Party p = complaint.complainant();
		CaseRequest request = new CaseRequest(CaseType.REPORT.name(), complaint.channel().name(), null,
				p == null ? null : new PartyRequest(p.name(), p.phone(), p.address()), respondent, conductDivisionCode,
				null, facts, null, null, null);
		Checked[] checked = new Checked[1];
		List<FieldError> errors = requirements.check(request, checked);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The report is incomplete or has bad fields.", errors);
		}
		Case report = cases.register(registration(request, CaseType.REPORT, checked[0], facts, complaintNumber, null),
				Actor.of(user));
		if (complaint.linkedCaseNumber() == null) {
			cases.link(complaintNumber, report.number());
		}
		return report;
	}

	private Registration registration(CaseRequest r, CaseType type, Checked checked, String facts, String linkedTo,
			TransferSource source) {
		PartyRequest c = r.complainant();
		RespondentRequest p = r.respondent();
		boolean insidePlatform = p != null && p.platform() != null;
		Respondent respondent = p == null ? null
				: new Respondent(p.name(), p.address(), blankToNull(p.divisionCode()),
						insidePlatform ? p.platform().name() : null,
						insidePlatform ? blankToNull(p.platform().divisionCode()) : null);
		String intakeUnit = organization.root().map(Unit::code).orElse(null);
		String routedUnit = null;
		String transferDivision = null;
		String competentDivision = null;
		String basis = null;
		boolean answered = IntakeRequirements.present(r.answer()) && type != CaseType.REPORT;
		if (!answered && (type == CaseType.COMPLAINT || type == CaseType.REPORT)) {
			RoutingDecision decision = routing.route(new JurisdictionFacts(type == CaseType.REPORT,
					respondent == null ? null : respondent.divisionCode(), respondent == null ? null : respondent.address(),
					insidePlatform, respondent == null ? null : respondent.platformDivisionCode(),
					blankToNull(r.conductDivisionCode())));
			routedUnit = decision.unitCode();
			competentDivision = decision.competentDivisionCode();
			transferDivision = decision.outsideTree() ? decision.competentDivisionCode() : null;
			basis = decision.basis();
		}
		return new Registration(type, checked.channel(), checked.receivedAt(),
				c == null ? null : new Party(c.name(), c.phone(), c.address()), respondent,
				blankToNull(r.conductDivisionCode()), type == CaseType.REPORT && linkedTo != null ? null : r.request(),
				facts, r.amount(), linkedTo, intakeUnit, competentDivision, basis, routedUnit, transferDivision,
				answered ? r.answer() : null, source, blankToNull(r.category()), blankToNull(r.issue()));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
