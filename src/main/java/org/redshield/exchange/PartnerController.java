package org.redshield.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.redshield.cases.Move;
import org.redshield.organizations.PartnerCredentials;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.InvalidRequestException;

/**
 * Partner hotlines for admins: their exchange settings (callback, signing secret, feedback rule) and their API tokens.
 * Secrets and tokens are shown once, when they are made, and never again.
 */
@RestController
@RequestMapping("/api/v1/partners")
class PartnerController {

	private final Partners partners;

	private final PartnerCredentials credentials;

	private final Callbacks callbacks;

	private final java.time.Clock clock;

	PartnerController(Partners partners, PartnerCredentials credentials, Callbacks callbacks, java.time.Clock clock) {
		this.partners = partners;
		this.credentials = credentials;
		this.callbacks = callbacks;
		this.clock = clock;
	}

	/** A partner's settings as shown; {@code signingSecret} appears only in the answer that generated it. */
	record PartnerView(String unitCode, String name, boolean configured, boolean enabled, String callbackUrl,
			boolean signingSecretSet, int feedbackWorkingDays, List<Move> notifyOn, boolean interimFeedback,
			List<String> transferDivisions, boolean requireSignedRequests, List<Long> liveTokenIds, Instant updatedAt,
			String updatedBy, @JsonInclude(JsonInclude.Include.NON_NULL) String signingSecret) {
	}

	record TokenRequest(String name) {
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER')")
	List<PartnerView> list() {
		return partners.all().stream().map(p -> view(p, null)).toList();
	}

	@GetMapping("/{unitCode}")
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER')")
	PartnerView get(@PathVariable String unitCode) {
		return view(partners.get(unitCode), null);
	}

	/** Connects or reconfigures a partner; a secret is generated (and returned once) when it has none. */
	@PutMapping("/{unitCode}")
	@PreAuthorize("hasRole('ADMIN')")
	PartnerView configure(@PathVariable String unitCode, @RequestBody(required = false) Partners.Settings settings,
			@AuthenticationPrincipal StaffUser user) {
		if (settings == null) {
			throw new InvalidRequestException("body", "the partner settings are required");
		}
		Partners.Configured configured = partners.configure(unitCode, settings, user.getUsername());
		return view(configured.partner(), configured.generatedSecret());
	}

	@PostMapping("/{unitCode}/signing-secret")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> rotateSecret(@PathVariable String unitCode, @AuthenticationPrincipal StaffUser user) {
		return Map.of("signingSecret", partners.rotateSecret(unitCode, user.getUsername()));
	}

	/**
	 * Sends a signed test message ({@code "type": "ping"}) to the partner's callback at once, outside the outbox, and
	 * answers what the partner answered: for checking a connection while setting it up.
	 */
	@PostMapping("/{unitCode}/ping")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Object> ping(@PathVariable String unitCode) {
		Partner partner = partners.get(unitCode);
		java.util.UUID key = java.util.UUID.randomUUID();
		String body = Outbox.JSON.writeValueAsString(Map.of("id", key.toString(), "type", "ping", "partner", unitCode,
				"occurredAt", clock.instant().atZone(org.redshield.shared.ChinaTime.ZONE).toOffsetDateTime().toString()));
		Callbacks.Outcome outcome = callbacks.send(partner,
				new Outbox.Claimed(0, key, unitCode, "-", 0, "ping", body, 1, key, clock.instant()));
		Map<String, Object> answer = new java.util.LinkedHashMap<>();
		answer.put("delivered", outcome.delivered());
		answer.put("httpStatus", outcome.status());
		answer.put("error", outcome.error());
		answer.put("response", outcome.response());
		return answer;
	}

	@PostMapping("/{unitCode}/tokens")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	PartnerCredentials.IssuedToken issueToken(@PathVariable String unitCode,
			@RequestBody(required = false) TokenRequest request) {
		partners.get(unitCode);
		return credentials.issue(unitCode, request == null ? null : request.name());
	}

	@GetMapping("/{unitCode}/tokens")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, List<Long>> tokens(@PathVariable String unitCode) {
		partners.get(unitCode);
		return Map.of("liveTokenIds", credentials.liveTokenIds(unitCode));
	}

	@DeleteMapping("/{unitCode}/tokens/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeToken(@PathVariable String unitCode, @PathVariable long id) {
		partners.get(unitCode);
		credentials.revoke(unitCode, id);
	}

	private PartnerView view(Partner p, String generatedSecret) {
		return new PartnerView(p.unitCode(), p.name(), p.configured(), p.enabled(), p.callbackUrl(), p.hasSecret(),
				p.rule().workingDays(), p.rule().notifyOn().stream().sorted().toList(), p.rule().interimFeedback(),
				p.transferDivisions(), p.requireSignedRequests(), credentials.liveTokenIds(p.unitCode()), p.updatedAt(),
				p.updatedBy(), generatedSecret);
	}
}
