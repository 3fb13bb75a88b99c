package org.redshield.console;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.redshield.organizations.Organization;
import org.redshield.organizations.Unit;
import org.redshield.organizations.UnitKind;
import org.redshield.regions.Division;
import org.redshield.regions.Divisions;

/**
 * Names for the codes pages show (units, divisions) and the units a page offers in its selects. Templates call it as
 * {@code @consoleNames}.
 */
@Component("consoleNames")
class ConsoleNames {

	private final Organization organization;

	private final Divisions divisions;

	ConsoleNames(Organization organization, Divisions divisions) {
		this.organization = organization;
		this.divisions = divisions;
	}

	/** The unit's name, or its code when the unit is unknown. */
	public String unit(String code) {
		return code == null ? null : organization.find(code).map(Unit::name).orElse(code);
	}

	/** {@code 130403 河北省邯郸市丛台区}, or the bare code when it is unknown. */
	public String division(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return divisions.find(code).map(d -> d.code() + " " + d.fullName()).orElse(code);
	}

	/** How deep a unit sits below the root (0 for the root), for indenting unit lists. */
	public int depth(Unit unit) {
		return (int) unit.path().chars().filter(c -> c == '/').count() - 2;
	}

	/** Units a case can be dispatched or rerouted to: the bureaus and their branch offices. */
	List<Unit> dispatchTargets() {
		return organization.all()
			.stream()
			.filter(u -> u.kind() == UnitKind.BUREAU || u.kind() == UnitKind.BRANCH_OFFICE)
			.toList();
	}

	/** Units a handling unit can assign a case to: regulators strictly below it (N30). */
	List<Unit> assignTargets(String handlingUnitCode) {
		if (handlingUnitCode == null) {
			return List.of();
		}
		String segment = "/" + handlingUnitCode + "/";
		return dispatchTargets().stream()
			.filter(u -> u.path().contains(segment) && !u.code().equals(handlingUnitCode))
			.toList();
	}

	/** Consumer associations a complaint's mediation can be delegated to (N19). */
	List<Unit> mediators() {
		return organization.all().stream().filter(u -> u.kind() == UnitKind.CONSUMER_ASSOCIATION).toList();
	}

	/** Partner hotlines and agencies a case can be transferred out to (12345, 110, ...). */
	List<Unit> partners() {
		return organization.all().stream().filter(u -> u.kind() == UnitKind.PARTNER_HOTLINE).toList();
	}

	/** The regulator covering a division, the likeliest dispatch target. */
	Optional<Unit> competentFor(String divisionCode) {
		if (divisionCode == null) {
			return Optional.empty();
		}
		return organization.covering(divisionCode)
			.stream()
			.filter(u -> u.kind() == UnitKind.BUREAU || u.kind() == UnitKind.BRANCH_OFFICE)
			.min(Comparator.comparing(Unit::path));
	}

	/** The counties of the installation's own city, offered first when a division code is typed. */
	List<Division> localDivisions() {
		return organization.root()
			.map(Unit::divisionCode)
			.map(code -> divisions.children(code))
			.orElse(List.of());
	}
}
