package org.redshield.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.redshield.portal.PublicCases.PublicCase;
import org.redshield.portal.RateLimiter.Limit;

/**
 * Tracking (查询进度): with the case number and the query code, or with the phone verified by SMS code. A wrong code, an
 * unknown number and someone else's case all get the same "not found or wrong code" answer (404), so the page tells
 * nobody which numbers exist; attempts are limited per client address.
 */
@Controller
class TrackingController implements PortalPage {

	private final PublicCases cases;

	private final Satisfaction satisfaction;

	private final RateLimiter limiter;

	private final PortalProperties properties;

	private final Clock clock;

	TrackingController(PublicCases cases, Satisfaction satisfaction, RateLimiter limiter, PortalProperties properties,
			Clock clock) {
		this.cases = cases;
		this.satisfaction = satisfaction;
		this.limiter = limiter;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/portal/track")
	String form() {
		return "portal/track";
	}

	@PostMapping("/portal/track")
	String open(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		limiter.acquire(Limit.TRACK_PER_IP, ClientAddress.of(request, properties), properties.trackingPerIp(),
				Duration.ofHours(1));
		String n = PublicCases.normalizeNumber(number);
		if (!cases.opens(n, code)) {
			return notFound(response, model, number);
		}
		PortalSession.open(request.getSession(), n);
		return "redirect:/portal/track/" + n;
	}

	@GetMapping("/portal/track/{number}")
	String show(@PathVariable String number, HttpServletRequest request, HttpServletResponse response, Model model) {
		String n = PublicCases.normalizeNumber(number);
		HttpSession session = request.getSession(false);
		Optional<String> phone = PortalSession.verifiedPhone(session, clock.instant());
		boolean allowed = PortalSession.opened(session, n) || phone.map(p -> cases.belongsTo(n, p)).orElse(false);
		Optional<PublicCase> found = allowed ? cases.find(n) : Optional.empty();
		if (found.isEmpty()) {
			return notFound(response, model, null);
		}
		PublicCase c = found.get();
		model.addAttribute("c", c);
		model.addAttribute("rateLink", satisfaction.open(c) ? satisfaction.link(c.number()) : null);
		model.addAttribute("rated", satisfaction.rated(c.number()).orElse(null));
		return "portal/case";
	}

	@GetMapping("/portal/mine")
	String mine(HttpServletRequest request, Model model) {
		Optional<String> phone = PortalSession.verifiedPhone(request.getSession(false), clock.instant());
		if (phone.isEmpty()) {
			return "redirect:/portal/verify?next=TRACK";
		}
		model.addAttribute("mine", cases.ofPhone(phone.get()));
		return "portal/mine";
	}

	private static String notFound(HttpServletResponse response, Model model, String number) {
		response.setStatus(404);
		model.addAttribute("number", number);
		model.addAttribute("notFound", true);
		return "portal/track";
	}
}
