package org.redshield.exchange;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.redshield.shared.NotFoundException;

/**
 * The demo simulator: its console page ({@code /exchange/simulator}) and the callbacks of the simulated partners
 * ({@code POST /simulator/{unitCode}/callback}, checked by signature, no login). 404 when the simulator is off.
 */
@Controller
class SimulatorController {

	private final PartnerSimulator simulator;

	private final Partners partners;

	private final MessageSource messages;

	SimulatorController(PartnerSimulator simulator, Partners partners, MessageSource messages) {
		this.simulator = simulator;
		this.partners = partners;
		this.messages = messages;
	}

	@PostMapping("/simulator/{unitCode}/callback")
	ResponseEntity<String> callback(@PathVariable String unitCode, @RequestBody(required = false) byte[] body,
			@RequestHeader(name = Signatures.TIMESTAMP, required = false) String timestamp,
			@RequestHeader(name = Signatures.SIGNATURE, required = false) String signature,
			@RequestHeader(name = Signatures.IDEMPOTENCY_KEY, required = false) String key) {
		int status = simulator.receive(unitCode, timestamp, signature, key, body == null ? new byte[0] : body);
		return ResponseEntity.status(status).body(status == 200 ? "{\"received\":true}" : "{\"received\":false}");
	}

	@GetMapping("/exchange/simulator")
	String page(Model model) {
		requireEnabled();
		model.addAttribute("sent", simulator.sent(30));
		model.addAttribute("received", simulator.received(50));
		model.addAttribute("partners", PartnerSimulator.SIMULATED.stream()
			.sorted()
			.map(code -> new PartnerState(code, partners.get(code).name(), simulator.isDown(code)))
			.toList());
		return "exchange/simulator";
	}

	record PartnerState(String code, String name, boolean down) {
	}

	@PostMapping("/exchange/simulator/send")
	String send(RedirectAttributes redirect) {
		requireEnabled();
		int n = simulator.sendSamples().size();
		redirect.addFlashAttribute("notice", text("exchange.sim.sent", n));
		return "redirect:/exchange/simulator";
	}

	@PostMapping("/exchange/simulator/replay")
	String replay(RedirectAttributes redirect) {
		requireEnabled();
		simulator.replay()
			.ifPresentOrElse(s -> redirect.addFlashAttribute("notice", text("exchange.sim.replayed", s.httpStatus())),
					() -> redirect.addFlashAttribute("problem", text("exchange.sim.nothing-to-replay")));
		return "redirect:/exchange/simulator";
	}

	@PostMapping("/exchange/simulator/{unitCode}/down")
	String down(@PathVariable String unitCode, @RequestParam boolean down, RedirectAttributes redirect) {
		requireEnabled();
		if (!PartnerSimulator.SIMULATED.contains(unitCode)) {
			throw new NotFoundException("No simulated partner " + unitCode);
		}
		simulator.setDown(unitCode, down);
		redirect.addFlashAttribute("notice", text(down ? "exchange.sim.down" : "exchange.sim.up", unitCode));
		return "redirect:/exchange/simulator";
	}

	@PostMapping("/exchange/simulator/answer")
	String answer(@RequestParam String caseNumber, RedirectAttributes redirect) {
		requireEnabled();
		PartnerSimulator.Sent sent = simulator.answer(caseNumber);
		redirect.addFlashAttribute("notice", text("exchange.sim.answered", caseNumber, sent.httpStatus()));
		return "redirect:/exchange/simulator";
	}

	private void requireEnabled() {
		if (!simulator.enabled()) {
			throw new NotFoundException("The partner simulator is off.");
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
