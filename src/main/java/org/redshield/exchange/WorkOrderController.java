package org.redshield.exchange;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import org.redshield.cases.Case;
import org.redshield.cases.CaseView;
import org.redshield.cases.Cases;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.NotFoundException;

/**
 * The partners' side of the exchange, authenticated with {@code Authorization: Bearer <partner token>} and, when the
 * partner has a signing secret, signed like the messages it receives (see {@link Signatures}):
 * <ul>
 * <li>{@code POST /api/v1/exchange/work-orders} — a work order in: 201 with the case, 200 with the same case on a
 * replay (header {@code X-RedShield-Replayed: true});</li>
 * <li>{@code GET /api/v1/exchange/work-orders/{partnerOrderNumber}} — where the partner's work order stands;</li>
 * <li>{@code POST /api/v1/exchange/cases/{number}/replies} — an answer, reminder or more material onto a case the
 * partner sent or was sent.</li>
 * </ul>
 * A bad signature is a 401 and stores nothing; a bad body is a 400 problem naming each field.
 */
@RestController
@RequestMapping("/api/v1/exchange")
@PreAuthorize("hasRole('PARTNER')")
class WorkOrderController {

	static final String REPLAYED = "X-RedShield-Replayed";

	private final InboundWorkOrders inbound;

	private final PartnerReplies replies;

	private final WorkOrders workOrders;

	private final SystemReader reader;

	private final Cases cases;

	WorkOrderController(InboundWorkOrders inbound, PartnerReplies replies, WorkOrders workOrders, SystemReader reader,
			Cases cases) {
		this.inbound = inbound;
		this.replies = replies;
		this.workOrders = workOrders;
		this.reader = reader;
		this.cases = cases;
	}

	@PostMapping("/work-orders")
	ResponseEntity<CaseView> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = Signatures.TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = Signatures.SIGNATURE, required = false) String signature,
			@AuthenticationPrincipal StaffUser user) {
		InboundWorkOrders.Received received = inbound.receive(user, body, timestamp, signature);
		Case c = received.c();
		URI location = URI.create("/api/v1/exchange/work-orders/"
				+ UriUtils.encodePathSegment(c.partnerOrderNumber(), java.nio.charset.StandardCharsets.UTF_8));
		CaseView view = cases.view(c, user);
		return received.created() ? ResponseEntity.created(location).body(view)
				: ResponseEntity.ok().location(location).header(REPLAYED, "true").body(view);
	}

	@GetMapping("/work-orders/{partnerOrderNumber}")
	CaseView workOrder(@PathVariable String partnerOrderNumber, @AuthenticationPrincipal StaffUser user) {
		Partner partner = inbound.partnerOf(user);
		return workOrders.find(partner.unitCode(), partnerOrderNumber)
			.flatMap(w -> reader.find(w.caseNumber()))
			.map(c -> cases.view(c, user))
			.orElseThrow(() -> new NotFoundException("No work order " + partnerOrderNumber));
	}

	@PostMapping("/cases/{number}/replies")
	ResponseEntity<Map<String, Object>> reply(@PathVariable String number, @RequestBody(required = false) byte[] body,
			@RequestHeader(name = Signatures.TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = Signatures.SIGNATURE, required = false) String signature,
			@AuthenticationPrincipal StaffUser user) {
		Partner partner = inbound.partnerOf(user);
		inbound.verify(partner, body == null ? new byte[0] : body, timestamp, signature);
		PartnerReplies.Recorded recorded = replies.reply(partner, user, number, body);
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(PartnerReplies.body(recorded));
	}

	@ExceptionHandler(InvalidSignatureException.class)
	ResponseEntity<ProblemDetail> badSignature(InvalidSignatureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
		problem.setTitle("Bad signature");
		problem.setType(URI.create("urn:redshield:problem:bad-signature"));
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header("WWW-Authenticate", "RedShield-Signature")
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}
}
