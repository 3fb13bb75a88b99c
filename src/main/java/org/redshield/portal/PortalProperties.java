package org.redshield.portal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public site's limits. Every value has a default here, so nothing needs configuring to run.
 *
 * @param secret HMAC key for query codes and rating links ({@code REDSHIELD_PORTAL_SECRET}); blank means one made on
 * first start and kept in the database
 * @param baseUrl the site's public address for links sent by SMS, e.g. https://12315.example.gov.cn; blank means
 * relative links
 * @param codeTtl how long an SMS code is valid
 * @param codeAttempts wrong entries after which a code is void
 * @param codeResendAfter the wait before another code may be sent to the same phone
 * @param verifiedFor how long a verified phone stays verified in the browser session
 * @param maxAttachments files per submission
 * @param maxAttachmentBytes bytes per file
 * @param codesPerPhone SMS codes per phone per hour
 * @param codesPerIp SMS codes per client address per hour
 * @param submissionsPerIp submission attempts per client address per hour
 * @param submissionsPerPhone submissions per verified phone per day
 * @param trackingPerIp tracking attempts (number and code) per client address per hour
 * @param verificationsPerIp code entries per client address per hour
 * @param ratingsPerIp rating attempts per client address per hour
 * @param ratingWindow how long after closure the rating link works
 * @param trustedProxies addresses of reverse proxies whose X-Forwarded-For is believed (none by default)
 */
@ConfigurationProperties("redshield.portal")
public record PortalProperties(String secret, String baseUrl, Duration codeTtl, int codeAttempts,
		Duration codeResendAfter, Duration verifiedFor, int maxAttachments, long maxAttachmentBytes, int codesPerPhone,
		int codesPerIp, int submissionsPerIp, int submissionsPerPhone, int trackingPerIp, int verificationsPerIp,
		int ratingsPerIp, Duration ratingWindow, List<String> trustedProxies) {

	public PortalProperties {
		baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
		codeTtl = codeTtl == null ? Duration.ofMinutes(10) : codeTtl;
		codeAttempts = codeAttempts > 0 ? codeAttempts : 5;
		codeResendAfter = codeResendAfter == null ? Duration.ofSeconds(60) : codeResendAfter;
		verifiedFor = verifiedFor == null ? Duration.ofMinutes(30) : verifiedFor;
		maxAttachments = maxAttachments > 0 ? maxAttachments : 5;
		maxAttachmentBytes = maxAttachmentBytes > 0 ? maxAttachmentBytes : 5L * 1024 * 1024;
		codesPerPhone = codesPerPhone > 0 ? codesPerPhone : 5;
		codesPerIp = codesPerIp > 0 ? codesPerIp : 20;
		submissionsPerIp = submissionsPerIp > 0 ? submissionsPerIp : 30;
		submissionsPerPhone = submissionsPerPhone > 0 ? submissionsPerPhone : 10;
		trackingPerIp = trackingPerIp > 0 ? trackingPerIp : 30;
		verificationsPerIp = verificationsPerIp > 0 ? verificationsPerIp : 30;
		ratingsPerIp = ratingsPerIp > 0 ? ratingsPerIp : 30;
		ratingWindow = ratingWindow == null ? Duration.ofDays(30) : ratingWindow;
		trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
	}
}
