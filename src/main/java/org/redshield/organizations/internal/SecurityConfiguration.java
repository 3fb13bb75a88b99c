package org.redshield.organizations.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import org.redshield.organizations.StaffUser;

/**
 * Who may call what: the API takes HTTP Basic or a bearer token and keeps no session; the console uses form login with
 * CSRF protection. Both answer with problem documents or the login page, never a stack trace.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
			"/actuator/health/**", "/actuator/health", "/v3/api-docs/**", "/v3/api-docs", "/error" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
					"Authentication required: HTTP Basic or Authorization: Bearer <token>.")))
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
						"Authentication required: HTTP Basic or Authorization: Bearer <token>."))
				.accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "Your role does not allow this.")))
			.authorizeHttpRequests(a -> a.anyRequest().authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain console(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	static void problem(HttpServletResponse res, HttpStatus status, String detail) throws IOException {
		res.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED) {
			res.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"RedShield\"");
		}
		res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		res.setCharacterEncoding("UTF-8");
		res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
				+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

	/** Authenticates {@code Authorization: Bearer rs_...} by the token's hash; a bad token is a 401 at once. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokens tokens;

		BearerTokenFilter(ApiTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				chain.doFilter(request, response);
				return;
			}
			StaffUser user = tokens.authenticate(header.substring(7).trim()).orElse(null);
			if (user == null) {
				problem(response, HttpStatus.UNAUTHORIZED, "The bearer token is unknown or revoked.");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}
}
