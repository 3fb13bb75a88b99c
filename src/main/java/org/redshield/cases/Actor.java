package org.redshield.cases;

import java.util.Set;

import org.redshield.organizations.Role;
import org.redshield.organizations.StaffUser;

/**
 * Who performs a move: a staff member with roles, or the platform itself (系统).
 */
public record Actor(String username, String displayName, String unitCode, Set<Role> roles, boolean system) {

	public static final Actor SYSTEM = new Actor("system", "系统", null, Set.of(), true);

	public static Actor of(StaffUser user) {
		return new Actor(user.getUsername(), user.displayName(), user.unitCode(), user.roles(), false);
	}
}
