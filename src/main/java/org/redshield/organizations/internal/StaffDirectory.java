package org.redshield.organizations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import org.redshield.organizations.Role;
import org.redshield.organizations.StaffUser;

/**
 * Staff users as Spring Security sees them, with their unit's path for data scoping.
 */
@Component
class StaffDirectory implements UserDetailsService {

	static final String SELECT = """
			select s.id, s.username, s.display_name, s.unit_code, u.path, s.roles, s.password_hash, s.enabled
			from staff_user s join unit u on u.code = s.unit_code
			""";

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public StaffUser loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	Optional<StaffUser> find(String username) {
		return jdbc.sql(SELECT + " where s.username = ?").param(username).query(StaffDirectory::map).optional();
	}

	static StaffUser map(ResultSet rs, int row) throws SQLException {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
		return new StaffUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("unit_code"), rs.getString("path"), roles, rs.getString("password_hash"),
				rs.getBoolean("enabled"));
	}
}
