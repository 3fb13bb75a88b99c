package org.redshield.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key behind query codes and rating links: from the environment when set, otherwise made once and kept in the
 * database so that links sent by SMS survive a restart and work on every instance.
 */
@Component
class PortalSecret {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final String configured;

	private volatile byte[] key;

	PortalSecret(JdbcClient jdbc, PortalProperties properties) {
		this.jdbc = jdbc;
		this.configured = properties.secret();
	}

	private byte[] key() {
		byte[] k = key;
		if (k == null) {
			k = configured != null && !configured.isBlank() ? configured.getBytes(StandardCharsets.UTF_8) : stored();
			key = k;
		}
		return k;
	}

	private byte[] stored() {
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		// Two instances starting together: the first insert wins and both read it back.
		jdbc.sql("insert into portal_secret (id, secret) values (1, ?) on conflict (id) do nothing").param(fresh).update();
		return jdbc.sql("select secret from portal_secret where id = 1").query(byte[].class).single();
	}

	/** HMAC-SHA256 of {@code purpose:value}, base64url without padding. */
	String sign(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] digest = mac.doFinal((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether {@code candidate} is the signature of {@code purpose:value}, compared in constant time. */
	boolean verify(String purpose, String value, String candidate) {
		if (candidate == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
				candidate.getBytes(StandardCharsets.US_ASCII));
	}

	/** A random code of {@code length} characters without look-alikes (no 0/O, 1/I/L). */
	static String randomCode(int length, String alphabet) {
		StringBuilder b = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return b.toString();
	}
}
