package org.redshield.exchange;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open311 (GeoReport v2 carries its {@code api_key} in the query or form, not in a header) and the demo simulator's
 * callback (authenticated by its HMAC signature) check their callers themselves: no session, no CSRF token, no login
 * page for these paths.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain exchangeOpenEndpoints(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**", "/simulator/*/callback")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(a -> a.anyRequest().permitAll());
		return http.build();
	}
}
