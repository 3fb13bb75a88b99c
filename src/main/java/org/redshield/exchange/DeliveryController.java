package org.redshield.exchange;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.redshield.cases.Cases;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.InvalidRequestException;

/**
 * Deliveries to partners (投递记录): every outbox message with its status (PENDING, DELIVERED, FAILED) and attempts, and
 * a manual retry for admins and dispatchers.
 */
@RestController
@RequestMapping("/api/v1/exchange")
class DeliveryController {

	private final Outbox outbox;

	private final Cases cases;

	DeliveryController(Outbox outbox, Cases cases) {
		this.outbox = outbox;
		this.cases = cases;
	}

	@GetMapping("/deliveries")
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER')")
	List<Outbox.Message> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String partner,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
		return outbox.list(parseStatus(status), blankToNull(caseNumber), blankToNull(partner), limit, offset);
	}

	@GetMapping("/deliveries/summary")
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER')")
	Map<Outbox.Status, Long> summary() {
		return outbox.counts();
	}

	@GetMapping("/deliveries/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER')")
	Outbox.Message get(@PathVariable long id) {
		return outbox.get(id);
	}

	@PostMapping("/deliveries/{id}/retry")
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
	Outbox.Message retry(@PathVariable long id) {
		return outbox.retry(id);
	}

	/** A case's messages with their attempts, for whoever may see the case. */
	@GetMapping("/cases/{number}/deliveries")
	@PreAuthorize("hasAnyRole('OPERATOR','DISPATCHER','OFFICER','LEADER','ADMIN')")
	List<Outbox.Message> forCase(@PathVariable String number, @AuthenticationPrincipal StaffUser user) {
		cases.get(number, user);
		return outbox.forCase(number);
	}

	static Outbox.Status parseStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return Outbox.Status.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("status", "must be one of " + List.of(Outbox.Status.values()));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
