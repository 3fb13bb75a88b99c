package org.redshield.organizations;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member (工作人员) with the unit whose subtree bounds what they see (数据范围).
 */
public final class StaffUser implements UserDetails {

	private final long id;

	private final String username;

	private final String displayName;

	private final String unitCode;

	private final String unitPath;

	private final Set<Role> roles;

	private final transient String passwordHash;

	private final boolean enabled;

	public StaffUser(long id, String username, String displayName, String unitCode, String unitPath, Set<Role> roles,
			String passwordHash, boolean enabled) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.unitCode = unitCode;
		this.unitPath = unitPath;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	/** The staff user of the current request, or null when nobody is signed in. */
	public static StaffUser current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof StaffUser user ? user : null;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public String unitCode() {
		return unitCode;
	}

	/** Path of the user's unit; the user sees what is handled by that unit and the units below it. */
	public String unitPath() {
		return unitPath;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether the user's data scope includes a unit (given by its path). */
	public boolean sees(String path) {
		return path != null && path.startsWith(unitPath);
	}

	/** Users of the root unit also see items not yet handled by any unit (waiting for transfer out). */
	public boolean atRoot() {
		return unitPath.chars().filter(c -> c == '/').count() == 2;
	}

	public StaffUser withoutPassword() {
		return new StaffUser(id, username, displayName, unitCode, unitPath, roles, "", enabled);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "StaffUser[" + username + "@" + unitCode + " " + List.copyOf(roles) + "]";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StaffUser other && other.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}
}
