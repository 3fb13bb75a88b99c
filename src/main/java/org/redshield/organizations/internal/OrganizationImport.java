package org.redshield.organizations.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.organizations.Organization;
import org.redshield.organizations.OrganizationDocument;
import org.redshield.organizations.OrganizationDocument.UnitEntry;
import org.redshield.organizations.OrganizationDocument.UserEntry;
import org.redshield.organizations.Role;
import org.redshield.organizations.UnitKind;
import org.redshield.regions.Divisions;
import org.redshield.shared.Enums;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;

/**
 * Loads a unit tree and its users (upsert by code and username), all or nothing.
 */
@Service
public class OrganizationImport {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{2,32}");

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Divisions divisions;

	private final Organization organization;

	OrganizationImport(JdbcClient jdbc, PasswordEncoder passwords, Divisions divisions, Organization organization) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.divisions = divisions;
		this.organization = organization;
	}

	/**
	 * Validates the whole document, then writes it in one transaction.
	 * @param defaultPassword password for users whose entry has none; null leaves existing passwords alone and
	 * rejects new users without one
	 * @return number of units and users written
	 */
	@Transactional
	public int[] load(OrganizationDocument doc, String defaultPassword) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, String> paths = new HashMap<>();
		jdbc.sql("select code, path from unit").query((rs, i) -> paths.put(rs.getString(1), rs.getString(2))).list();
		List<UnitEntry> units = doc.units() == null ? List.of() : doc.units();
		List<UserEntry> users = doc.users() == null ? List.of() : doc.users();
		Set<String> seen = new HashSet<>();
		Map<String, String> newPaths = new HashMap<>(paths);
		for (int i = 0; i < units.size(); i++) {
			UnitEntry u = units.get(i);
			String at = "units[" + i + "]";
			if (u.code() == null || !CODE.matcher(u.code()).matches()) {
				errors.add(new FieldError(at + ".code", "2-32 letters, digits, - or _"));
				continue;
			}
			if (!seen.add(u.code())) {
				errors.add(new FieldError(at + ".code", "appears twice"));
			}
			if (u.name() == null || u.name().isBlank()) {
				errors.add(new FieldError(at + ".name", "must not be blank"));
			}
			if (Enums.find(UnitKind.class, u.kind()).isEmpty()) {
				errors.add(new FieldError(at + ".kind", "one of " + List.of(UnitKind.values())));
			}
			if (u.divisionCode() != null && !divisions.exists(u.divisionCode())) {
				errors.add(new FieldError(at + ".divisionCode", "not a GB/T 2260 code"));
			}
			List<String> jurisdiction = u.jurisdiction() == null ? List.of() : u.jurisdiction();
			for (int j = 0; j < jurisdiction.size(); j++) {
				if (!divisions.exists(jurisdiction.get(j))) {
					errors.add(new FieldError(at + ".jurisdiction[" + j + "]", "not a GB/T 2260 code"));
				}
			}
			String parentPath = "/";
			if (u.parent() != null) {
				parentPath = newPaths.get(u.parent());
				if (parentPath == null) {
					errors.add(new FieldError(at + ".parent", "unknown unit (parents must come first)"));
					parentPath = "/";
				}
				else if (parentPath.contains("/" + u.code() + "/")) {
					errors.add(new FieldError(at + ".parent", "would make a cycle"));
				}
			}
			newPaths.put(u.code(), parentPath + u.code() + "/");
		}
		for (int i = 0; i < users.size(); i++) {
			UserEntry u = users.get(i);
			String at = "users[" + i + "]";
			if (u.username() == null || !CODE.matcher(u.username()).matches()) {
				errors.add(new FieldError(at + ".username", "2-32 letters, digits, - or _"));
			}
			if (u.unit() == null || !newPaths.containsKey(u.unit())) {
				errors.add(new FieldError(at + ".unit", "unknown unit"));
			}
			if (u.roles() == null || u.roles().isEmpty() || !u.roles().stream().allMatch(r -> Enums.find(Role.class, r).isPresent())) {
				errors.add(new FieldError(at + ".roles", "one or more of " + List.of(Role.values())));
			}
			if (u.password() != null && u.password().length() < 8) {
				errors.add(new FieldError(at + ".password", "at least 8 characters"));
			}
			if (u.password() == null && defaultPassword == null && u.username() != null && jdbc
				.sql("select count(*) from staff_user where username = ?").param(u.username()).query(Integer.class).single() == 0) {
				errors.add(new FieldError(at + ".password", "is required for a new user"));
			}
		}
		if (units.isEmpty() && users.isEmpty()) {
			errors.add(new FieldError("units", "the document holds no unit and no user"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The organization document has errors.", errors);
		}
		for (UnitEntry u : units) {
			String path = newPaths.get(u.code());
			jdbc.sql("""
					insert into unit (code, name, kind, parent_code, division_code, path) values (?, ?, ?, ?, ?, ?)
					on conflict (code) do update set name = excluded.name, kind = excluded.kind,
					  parent_code = excluded.parent_code, division_code = excluded.division_code, path = excluded.path
					""").params(u.code(), u.name(), u.kind(), u.parent(), u.divisionCode(), path).update();
			jdbc.sql("delete from unit_jurisdiction where unit_code = ?").param(u.code()).update();
			for (String d : u.jurisdiction() == null ? List.<String>of() : u.jurisdiction()) {
				jdbc.sql("insert into unit_jurisdiction (unit_code, division_code) values (?, ?)").params(u.code(), d).update();
			}
		}
		int written = 0;
		for (UserEntry u : users) {
			String password = u.password() != null ? u.password() : defaultPassword;
			String roles = String.join(",", EnumSet.copyOf(u.roles().stream().map(Role::valueOf).toList()).stream().map(Enum::name).toList());
			String display = u.displayName() == null || u.displayName().isBlank() ? u.username() : u.displayName();
			if (password == null) {
				written += jdbc.sql("update staff_user set display_name = ?, unit_code = ?, roles = ? where username = ?")
					.params(display, u.unit(), roles, u.username()).update();
			}
			else {
				written += jdbc.sql("""
						insert into staff_user (username, display_name, password_hash, unit_code, roles) values (?, ?, ?, ?, ?)
						on conflict (username) do update set display_name = excluded.display_name,
						  password_hash = excluded.password_hash, unit_code = excluded.unit_code, roles = excluded.roles
						""").params(u.username(), display, passwords.encode(password), u.unit(), roles).update();
			}
		}
		organization.reload();
		return new int[] { units.size(), written };
	}

}
