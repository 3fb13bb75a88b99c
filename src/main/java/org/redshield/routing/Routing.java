package org.redshield.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.redshield.organizations.Organization;
import org.redshield.organizations.Unit;
import org.redshield.regions.Division;
import org.redshield.regions.Divisions;

/**
 * Finds the competent unit for a new item: the competent division by N13/N29/N31, then the deepest market-regulation
 * unit (bureau, else centre) whose jurisdiction covers that division or its nearest ancestor. A division no unit
 * covers is outside the installation: the item waits for transfer out.
 */
@Service
public class Routing {

	private final ComplaintJurisdictionPolicy complaints = new ComplaintJurisdictionPolicy();

	private final ReportJurisdictionPolicy reports = new ReportJurisdictionPolicy();

	private final Organization organization;

	private final Divisions divisions;

	Routing(Organization organization, Divisions divisions) {
		this.organization = organization;
		this.divisions = divisions;
	}

	public RoutingDecision route(JurisdictionFacts facts) {
		Optional<CompetentDivision> competent = facts.report() ? reports.competentDivision(facts)
				: complaints.competentDivision(facts);
		if (competent.isEmpty() && facts.respondentAddress() != null) {
			competent = divisions.resolveAddress(facts.respondentAddress())
				.map(d -> new CompetentDivision(d.code(), (facts.report() ? "N29" : "N13") + " 由被投诉（举报）人地址推定"));
		}
		if (competent.isEmpty()) {
			return new RoutingDecision(null, null, false, "管辖地不明，待人工分送");
		}
		CompetentDivision division = competent.get();
		Optional<Unit> unit = competentUnit(division.divisionCode());
		return unit.map(u -> new RoutingDecision(division.divisionCode(), u.code(), false, division.basis()))
			.orElseGet(() -> new RoutingDecision(division.divisionCode(), null, true, division.basis() + "，不在本平台辖区，待转出"));
	}

	/** The deepest regulator covering the division or, failing that, its nearest ancestor division. */
	public Optional<Unit> competentUnit(String divisionCode) {
		List<String> codes = new ArrayList<>();
		codes.add(divisionCode);
		divisions.ancestorsOf(divisionCode).stream().map(Division::code).forEach(codes::add);
		for (String code : codes) {
			Optional<Unit> unit = organization.covering(code)
				.stream()
				.filter(u -> u.kind().isRegulator())
				.max(Comparator.comparingInt(u -> u.path().length()));
			if (unit.isPresent()) {
				return unit;
			}
		}
		return Optional.empty();
	}
}
