package org.redshield.organizations.internal;

import org.springframework.stereotype.Component;

import org.redshield.organizations.PartnerCredentials.IssuedToken;

/**
 * Lets the organization module's public services issue and revoke tokens for accounts other than the caller's.
 */
@Component
public class TokenIssuer {

	private final ApiTokens tokens;

	TokenIssuer(ApiTokens tokens) {
		this.tokens = tokens;
	}

	public IssuedToken issueFor(long userId, String name) {
		ApiTokens.Issued issued = tokens.issue(userId, name);
		return new IssuedToken(issued.id(), issued.token(), issued.name(), issued.createdAt());
	}

	public java.util.Optional<org.redshield.organizations.StaffUser> authenticate(String token) {
		return tokens.authenticate(token);
	}

	public void revokeFor(String username, long tokenId) {
		tokens.revoke(username, tokenId);
	}
}
