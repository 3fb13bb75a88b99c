package org.redshield.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public site needs no login: every page is open, forms carry a CSRF token bound to the browser session (which
 * also holds the verified phone and the cases opened with their query code). The rating link's token must not leak
 * through the Referer header.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain portal(HttpSecurity http) throws Exception {
		http.securityMatcher("/portal", "/portal/**")
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.requestCache(cache -> cache.disable())
			.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
			.exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> res.sendRedirect(req.getContextPath()
					+ "/portal?expired")));
		return http.build();
	}
}
