package org.redshield.exchange;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.redshield.cases.Case;
import org.redshield.cases.Cases;
import org.redshield.organizations.Organization;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;
import org.redshield.shared.NotFoundException;

/**
 * Reads cases on behalf of the platform itself, whatever unit handles them: the exchange sends a partner the cases it
 * is owed, not the cases some staff member may see. (The cases module offers lookups by staff scope; a user at the
 * root unit sees every case.)
 */
@Component
class SystemReader {

	private final Cases cases;

	private final Organization organization;

	SystemReader(Cases cases, Organization organization) {
		this.cases = cases;
		this.organization = organization;
	}

	Optional<Case> find(String number) {
		try {
			return Optional.of(cases.get(number, platform()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	StaffUser platform() {
		Unit root = organization.root().orElseThrow(() -> new IllegalStateException("The unit tree has no root."));
		return new StaffUser(0, "exchange", "热线联动", root.code(), root.path(), Set.of(), "", true);
	}
}
