package org.redshield.organizations;

import java.util.List;

/**
 * A unit tree and its users as data, so that each deployment loads its own network (the demo city is one such file).
 *
 * @param units units, parents before children
 * @param users staff users; a user without a password gets the configured initial password
 */
public record OrganizationDocument(List<UnitEntry> units, List<UserEntry> users) {

	public record UnitEntry(String code, String name, String kind, String parent, String divisionCode,
			List<String> jurisdiction) {
	}

	public record UserEntry(String username, String displayName, String unit, List<String> roles, String password) {
	}
}
