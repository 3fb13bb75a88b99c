package org.redshield.exchange;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.redshield.cases.Cases;
import org.redshield.organizations.Organization;
import org.redshield.organizations.Role;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;
import org.redshield.shared.ConflictException;

/**
 * Console pages of the exchange: deliveries to partners by status (待投递 / 已投递 / 投递失败) with a manual retry, one
 * message with its body and attempts, and a case's messages as a panel the case page loads.
 */
@Controller
class ExchangeConsoleController {

	static final int PAGE_SIZE = 50;

	private final Outbox outbox;

	private final Cases cases;

	private final Organization organization;

	private final MessageSource messages;

	ExchangeConsoleController(Outbox outbox, Cases cases, Organization organization, MessageSource messages) {
		this.outbox = outbox;
		this.cases = cases;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping("/exchange/deliveries")
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER')")
	String deliveries(@RequestParam(required = false) String status,
			@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String partner,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffUser user, Model model) {
		Outbox.Status filter = status == null || status.isBlank() ? Outbox.Status.FAILED
				: DeliveryController.parseStatus(status);
		int current = Math.max(page, 0);
		String number = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
		String unit = partner == null || partner.isBlank() ? null : partner.strip();
		List<Outbox.Message> rows = outbox.list(filter, number, unit, PAGE_SIZE + 1, current * PAGE_SIZE);
		model.addAttribute("caseNumber", number);
		model.addAttribute("partner", unit);
		model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("status", filter);
		model.addAttribute("statuses", Outbox.Status.values());
		model.addAttribute("counts", outbox.counts());
		model.addAttribute("canRetry", canRetry(user));
		model.addAttribute("names", new Names(organization));
		return "exchange/deliveries";
	}

	@GetMapping("/exchange/deliveries/{id}")
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER')")
	String delivery(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
		Outbox.Message message = outbox.get(id);
		model.addAttribute("m", message);
		model.addAttribute("payload", outbox.payloadOf(message.key()).map(ExchangeConsoleController::pretty).orElse(""));
		model.addAttribute("canRetry", canRetry(user));
		model.addAttribute("names", new Names(organization));
		return "exchange/delivery";
	}

	/** A person's retry; back to the list, the case page or the message, as the form says. */
	@PostMapping("/exchange/deliveries/{id}/retry")
	@PreAuthorize("hasAnyRole('ADMIN','DISPATCHER')")
	String retry(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		Outbox.Message message;
		try {
			message = outbox.retry(id);
			redirect.addFlashAttribute("notice", text("exchange.retried", id));
		}
		catch (ConflictException ex) {
			message = outbox.get(id);
			redirect.addFlashAttribute("problem", text("exchange.retry-delivered", id));
		}
		if ("case".equals(back)) {
			redirect.addAttribute("number", message.caseNumber());
			return "redirect:/cases/{number}";
		}
		if ("list".equals(back)) {
			redirect.addAttribute("status", Outbox.Status.FAILED.name());
			return "redirect:/exchange/deliveries";
		}
		redirect.addAttribute("id", id);
		return "redirect:/exchange/deliveries/{id}";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The case page's panel: the messages exchanged about a case, loaded by htmx; 404 outside the user's scope. */
	@GetMapping("/exchange/cases/{number}/deliveries")
	String casePanel(@PathVariable String number, @AuthenticationPrincipal StaffUser user, Model model) {
		cases.get(number, user);
		model.addAttribute("number", number);
		model.addAttribute("messages", outbox.forCase(number));
		model.addAttribute("canRetry", canRetry(user));
		model.addAttribute("names", new Names(organization));
		return "exchange/case-deliveries :: panel";
	}

	static boolean canRetry(StaffUser user) {
		return user != null && (user.has(Role.ADMIN) || user.has(Role.DISPATCHER));
	}

	static String pretty(String json) {
		try {
			return Outbox.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Outbox.JSON.readTree(json));
		}
		catch (RuntimeException ex) {
			return json;
		}
	}

	/** Unit names for the templates. */
	record Names(Organization organization) {

		public String unit(String code) {
			return organization.find(code).map(Unit::name).orElse(code);
		}
	}
}
