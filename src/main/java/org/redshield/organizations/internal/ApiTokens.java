package org.redshield.organizations.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.organizations.StaffUser;
import org.redshield.shared.NotFoundException;

/**
 * API bearer tokens (接口令牌): 256 random bits, shown once, stored as a SHA-256 hash, revocable. A SHA-256 lookup
 * costs microseconds, unlike a password hash (bcrypt, tens of milliseconds), so token requests stay cheap; the
 * resolved user is cached briefly and the cache entry dropped on revocation.
 */
@Service
class ApiTokens {

	static final String PREFIX = "rs_";

	private static final long CACHE_MILLIS = 30_000;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record Issued(long id, String token, String name, Instant createdAt) {
	}

	record TokenInfo(long id, String name, Instant createdAt, Instant revokedAt) {
	}

	private record Cached(StaffUser user, long expires) {
	}

	@Transactional
	Issued issue(StaffUser user, String name) {
		return issue(user.id(), name);
	}

	@Transactional
	Issued issue(long userId, String name) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = clock.instant();
		long id = jdbc.sql("insert into api_token (user_id, token_hash, name, created_at) values (?, ?, ?, ?) returning id")
			.params(userId, hash(token), name, java.sql.Timestamp.from(now))
			.query(Long.class)
			.single();
		return new Issued(id, token, name, now);
	}

	List<TokenInfo> list(StaffUser user) {
		return jdbc.sql("select id, name, created_at, revoked_at from api_token where user_id = ? order by id")
			.param(user.id())
			.query((rs, i) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
			.list();
	}

	@Transactional
	void revoke(StaffUser user, long id) {
		revoke(user.getUsername(), id);
	}

	@Transactional
	void revoke(String username, long id) {
		int n = jdbc.sql("""
				update api_token set revoked_at = coalesce(revoked_at, ?)
				where id = ? and user_id = (select id from staff_user where username = ?)""")
			.params(java.sql.Timestamp.from(clock.instant()), id, username)
			.update();
		if (n == 0) {
			throw new NotFoundException("No token " + id);
		}
		cache.clear();
	}

	/** The enabled user a live token belongs to. */
	Optional<StaffUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		byte[] hash = hash(token);
		String key = HexFormat.of().formatHex(hash);
		long now = System.currentTimeMillis();
		Cached cached = cache.get(key);
		if (cached != null && cached.expires > now) {
			return Optional.of(cached.user);
		}
		Optional<StaffUser> user = jdbc
			.sql(StaffDirectory.SELECT + " join api_token t on t.user_id = s.id where t.token_hash = ? and t.revoked_at is null and s.enabled")
			.param(hash)
			.query(StaffDirectory::map)
			.optional()
			.map(StaffUser::withoutPassword);
		user.ifPresentOrElse(u -> cache.put(key, new Cached(u, now + CACHE_MILLIS)), () -> cache.remove(key));
		return user;
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
