package org.redshield.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.redshield.portal.Satisfaction.RatingRefusedException;
import org.redshield.shared.InvalidRequestException;

/**
 * The rating page behind the closing SMS's link (评价): stars 1-5 and a comment, once, no account. A forged link,
 * an open case or a second rating is refused with a page saying why, and nothing is stored.
 */
@Controller
class RatingController implements PortalPage {

	private final Satisfaction satisfaction;

	private final PortalProperties properties;

	RatingController(Satisfaction satisfaction, PortalProperties properties) {
		this.satisfaction = satisfaction;
		this.properties = properties;
	}

	@GetMapping("/portal/rate/{number}")
	String form(@PathVariable String number, @RequestParam(name = "t", defaultValue = "") String token, Model model) {
		model.addAttribute("c", satisfaction.rateable(number, token));
		model.addAttribute("token", token);
		return "portal/rate";
	}

	@PostMapping("/portal/rate/{number}")
	String rate(@PathVariable String number, @RequestParam(name = "t", defaultValue = "") String token,
			@RequestParam(defaultValue = "0") int score, @RequestParam(required = false) String comment,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			satisfaction.rate(number, token, score, comment, ClientAddress.of(request, properties));
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			model.addAttribute("c", satisfaction.rateable(number, token));
			model.addAttribute("token", token);
			model.addAttribute("comment", comment);
			model.addAttribute("error", PortalController.messageKey(ex.errors().get(0).message()));
			return "portal/rate";
		}
		return "redirect:/portal/rate/" + PublicCases.normalizeNumber(number) + "/thanks";
	}

	@GetMapping("/portal/rate/{number}/thanks")
	ModelAndView thanks(HttpServletRequest request) {
		ModelAndView page = PortalErrors.page(request, HttpStatus.OK, "portal.rate.thanks");
		page.addObject("good", true);
		return page;
	}

	@ExceptionHandler(RatingRefusedException.class)
	ModelAndView refused(RatingRefusedException ex, HttpServletRequest request) {
		HttpStatus status = switch (ex.refusal()) {
			case INVALID -> HttpStatus.NOT_FOUND;
			case EXPIRED -> HttpStatus.GONE;
			default -> HttpStatus.CONFLICT;
		};
		return PortalErrors.page(request, status, "portal.rate.refused." + ex.refusal());
	}
}
