package org.redshield.organizations;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.organizations.internal.TokenIssuer;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;

/**
 * API credentials of partner hotlines (12345, 110, ...): each partner unit has a service account
 * ({@code partner-<unit code>}, role PARTNER, no usable password) whose bearer tokens are issued by an admin, shown
 * once, stored hashed and revocable like any other.
 */
@Service
public class PartnerCredentials {

	/** A token as issued: the secret is in {@code token} and nowhere else. */
	public record IssuedToken(long id, String token, String name, Instant createdAt) {
	}

	private final Organization organization;

	private final JdbcClient jdbc;

	private final TokenIssuer tokens;

	private final PasswordEncoder passwords;

	PartnerCredentials(Organization organization, JdbcClient jdbc, TokenIssuer tokens, PasswordEncoder passwords) {
		this.organization = organization;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.passwords = passwords;
	}

	public static String accountOf(String unitCode) {
		return "partner-" + unitCode;
	}

	@Transactional
	public IssuedToken issue(String unitCode, String name) {
		Unit unit = organization.find(unitCode).orElseThrow(() -> new NotFoundException("No unit " + unitCode));
		if (unit.kind() != UnitKind.PARTNER_HOTLINE) {
			throw new InvalidRequestException("unitCode", "is not a partner hotline");
		}
		String username = accountOf(unitCode);
		jdbc.sql("""
				insert into staff_user (username, display_name, password_hash, unit_code, roles)
				values (?, ?, ?, ?, 'PARTNER') on conflict (username) do nothing
				""").params(username, unit.name(), "{noop}" + java.util.UUID.randomUUID() + "-disabled", unitCode).update();
		long userId = jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
		return tokens.issueFor(userId, name);
	}

	public List<Long> liveTokenIds(String unitCode) {
		return jdbc.sql("""
				select t.id from api_token t join staff_user s on s.id = t.user_id
				where s.username = ? and t.revoked_at is null order by t.id""").param(accountOf(unitCode)).query(Long.class).list();
	}

	/** The partner account a live token belongs to (for partner keys given outside the Authorization header). */
	public java.util.Optional<StaffUser> authenticate(String token) {
		return tokens.authenticate(token).filter(u -> u.has(Role.PARTNER));
	}

	@Transactional
	public void revoke(String unitCode, long tokenId) {
		tokens.revokeFor(accountOf(unitCode), tokenId);
	}
}
