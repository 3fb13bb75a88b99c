package org.redshield.exchange;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.redshield.organizations.PartnerCredentials;

/**
 * Open311 {@code api_key}s: a partner's bearer token given as a query parameter, checked like any other token
 * (hashed lookup, revocable, cached briefly by the organizations module).
 */
@Component
class ApiKeys {

	/** The partner unit an API key belongs to. */
	record Caller(String username, String unitCode) {
	}

	private final PartnerCredentials credentials;

	ApiKeys(PartnerCredentials credentials) {
		this.credentials = credentials;
	}

	Optional<Caller> partner(String apiKey) {
		return credentials.authenticate(apiKey).map(u -> new Caller(u.getUsername(), u.unitCode()));
	}
}
