package org.redshield.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.portal.RateLimiter.Limit;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.PhoneNumber;

/**
 * One-time SMS codes proving that the consumer holds the phone they give (N10: 真实身份信息): six digits, valid ten
 * minutes, void after five wrong entries; only the code's HMAC is stored.
 */
@Service
class PhoneVerification {

	static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final JdbcClient jdbc;

	private final PortalSecret secret;

	private final SmsSender sms;

	private final RateLimiter limiter;

	private final PortalProperties properties;

	private final MessageSource messages;

	private final Clock clock;

	PhoneVerification(JdbcClient jdbc, PortalSecret secret, SmsSender sms, RateLimiter limiter,
			PortalProperties properties, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.secret = secret;
		this.sms = sms;
		this.limiter = limiter;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	/** The mobile number in normal form, or a 400 naming the field {@code phone}. */
	static String mobile(String text) {
		String n = text == null ? "" : PhoneNumber.normalize(text.strip()).replace("-", "");
		if (!MOBILE.matcher(n).matches()) {
			throw new InvalidRequestException("phone", "portal.error.mobile");
		}
		return n;
	}

	/**
	 * Sends a fresh code. The same answer whether or not the phone has cases, so the page tells nobody which numbers
	 * are known.
	 */
	@Transactional
	public void send(String phoneText, String clientAddress, Locale locale) {
		String phone = mobile(phoneText);
		limiter.check(Limit.CODE_PER_IP, clientAddress, properties.codesPerIp(), java.time.Duration.ofHours(1));
		limiter.check(Limit.CODE_PER_PHONE, phone, properties.codesPerPhone(), java.time.Duration.ofHours(1));
		// At most one code a minute per phone: a second tap on "send" must not bill a second SMS.
		limiter.check(Limit.CODE_PER_PHONE, phone + "|resend", 1, properties.codeResendAfter());
		limiter.record(Limit.CODE_PER_IP, clientAddress);
		limiter.record(Limit.CODE_PER_PHONE, phone);
		limiter.record(Limit.CODE_PER_PHONE, phone + "|resend");
		String code = PortalSecret.randomCode(6, "0123456789");
		Instant now = clock.instant();
		jdbc.sql("""
				insert into portal_phone_code (phone, code_hash, sent_at, expires_at, attempts) values (?, ?, ?, ?, 0)
				on conflict (phone) do update set code_hash = excluded.code_hash, sent_at = excluded.sent_at,
				    expires_at = excluded.expires_at, attempts = 0
				""")
			.params(phone, secret.sign("code", phone + ":" + code), Timestamp.from(now),
					Timestamp.from(now.plus(properties.codeTtl())))
			.update();
		sms.send(phone, messages.getMessage("portal.sms.code",
				new Object[] { code, properties.codeTtl().toMinutes() }, locale));
	}

	/**
	 * Checks a code; a right one is used up. A wrong, expired or unknown code gives the same answer (empty).
	 */
	@Transactional(noRollbackFor = InvalidRequestException.class)
	public Optional<String> verify(String phoneText, String code, String clientAddress) {
		String phone = mobile(phoneText);
		limiter.acquire(Limit.VERIFY_PER_IP, clientAddress, properties.verificationsPerIp(), java.time.Duration.ofHours(1));
		String given = code == null ? "" : code.strip();
		var row = jdbc.sql("select code_hash, expires_at, attempts from portal_phone_code where phone = ? for update")
			.param(phone)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3) })
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		String hash = (String) row.get()[0];
		Instant expires = (Instant) row.get()[1];
		int attempts = (Integer) row.get()[2];
		if (expires.isBefore(clock.instant()) || attempts >= properties.codeAttempts()) {
			jdbc.sql("delete from portal_phone_code where phone = ?").param(phone).update();
			return Optional.empty();
		}
		if (!secret.verify("code", phone + ":" + given, hash)) {
			jdbc.sql("update portal_phone_code set attempts = attempts + 1 where phone = ?").param(phone).update();
			return Optional.empty();
		}
		jdbc.sql("delete from portal_phone_code where phone = ?").param(phone).update();
		return Optional.of(phone);
	}
}
