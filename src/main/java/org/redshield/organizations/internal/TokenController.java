package org.redshield.organizations.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.redshield.organizations.StaffUser;

/**
 * The caller's own API tokens: issue (shown once), list, revoke.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record IssueRequest(String name) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.Issued issue(@AuthenticationPrincipal StaffUser user, @RequestBody(required = false) IssueRequest request) {
		return tokens.issue(user, request == null ? null : request.name());
	}

	@GetMapping
	List<ApiTokens.TokenInfo> list(@AuthenticationPrincipal StaffUser user) {
		return tokens.list(user);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal StaffUser user, @PathVariable long id) {
		tokens.revoke(user, id);
	}
}
