package org.redshield.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.redshield.cases.CaseType;
import org.redshield.organizations.Organization;
import org.redshield.portal.Attachments.RejectedException;
import org.redshield.regions.Division;
import org.redshield.regions.Divisions;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;

/**
 * The public site's submission path, phone first: choose complaint, report or consultation; prove the phone by SMS
 * code; fill in the form with photos or PDFs; get the receipt with the case number and the query code.
 */
@Controller
class PortalController implements PortalPage {

	/** Where a verified phone goes next: a form, or the list of its cases. Named, never a URL (no open redirect). */
	enum Next {
		COMPLAINT("/portal/submit?type=COMPLAINT"), REPORT("/portal/submit?type=REPORT"),
		CONSULTATION("/portal/submit?type=CONSULTATION"), TRACK("/portal/mine");

		final String path;

		Next(String path) {
			this.path = path;
		}

		static Next of(String name) {
			for (Next n : values()) {
				if (n.name().equals(name)) {
					return n;
				}
			}
			return COMPLAINT;
		}
	}

	private final PhoneVerification verification;

	private final Submissions submissions;

	private final PortalProperties properties;

	private final Divisions divisions;

	private final Organization organization;

	private final MessageSource messages;

	private final Clock clock;

	PortalController(PhoneVerification verification, Submissions submissions, PortalProperties properties,
			Divisions divisions, Organization organization, MessageSource messages, Clock clock) {
		this.verification = verification;
		this.submissions = submissions;
		this.properties = properties;
		this.divisions = divisions;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/portal", "/portal/" })
	String home(@RequestParam(required = false) String expired, Model model) {
		model.addAttribute("expired", expired != null);
		return "portal/home";
	}

	@GetMapping("/portal/verify")
	String verifyPage(@RequestParam(defaultValue = "COMPLAINT") String next, Model model) {
		model.addAttribute("next", Next.of(next).name());
		if (!model.containsAttribute("phone")) {
			model.addAttribute("step", "phone");
		}
		return "portal/verify";
	}

	@PostMapping("/portal/verify/send")
	String sendCode(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "COMPLAINT") String next,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			verification.send(phone, ClientAddress.of(request, properties), locale);
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			model.addAttribute("next", Next.of(next).name());
			model.addAttribute("step", "phone");
			model.addAttribute("phone", phone);
			model.addAttribute("errors", Map.of("phone", ex.errors().get(0).message()));
			return "portal/verify";
		}
		redirect.addFlashAttribute("phone", PhoneVerification.mobile(phone));
		redirect.addFlashAttribute("step", "code");
		redirect.addFlashAttribute("sent", true);
		return "redirect:/portal/verify?next=" + Next.of(next).name();
	}

	@PostMapping("/portal/verify")
	String checkCode(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "COMPLAINT") String next, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<String> verified;
		try {
			verified = verification.verify(phone, code, ClientAddress.of(request, properties));
		}
		catch (InvalidRequestException ex) {
			verified = Optional.empty();
		}
		if (verified.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("next", Next.of(next).name());
			model.addAttribute("step", "code");
			model.addAttribute("phone", phone);
			model.addAttribute("errors", Map.of("code", "portal.error.code"));
			return "portal/verify";
		}
		// A fresh session id once the phone is proven, so an id planted before cannot ride on it.
		request.changeSessionId();
		PortalSession.verify(request.getSession(), verified.get(), clock.instant().plus(properties.verifiedFor()));
		return "redirect:" + Next.of(next).path;
	}

	@GetMapping("/portal/submit")
	String form(@RequestParam(defaultValue = "COMPLAINT") String type, HttpSession session, Model model) {
		SubmissionForm form = new SubmissionForm();
		form.setType(type);
		CaseType t = form.caseType();
		if (PortalSession.verifiedPhone(session, clock.instant()).isEmpty()) {
			return "redirect:/portal/verify?next=" + t.name();
		}
		form.setType(t.name());
		return formPage(form, Map.of(), model);
	}

	@PostMapping("/portal/submit")
	String submit(@ModelAttribute("form") SubmissionForm form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		Optional<String> phone = PortalSession.verifiedPhone(request.getSession(false), clock.instant());
		if (phone.isEmpty()) {
			return "redirect:/portal/verify?next=" + form.caseType().name();
		}
		try {
			Submissions.Receipt receipt = submissions.submit(form, phone.get(), uploads(files),
					ClientAddress.of(request, properties), locale);
			redirect.addFlashAttribute("receipt", receipt);
			PortalSession.open(request.getSession(), receipt.number());
			return "redirect:/portal/receipt";
		}
		catch (InvalidRequestException ex) {
			response.setStatus(400);
			return formPage(form, errors(ex.errors()), model);
		}
		catch (RejectedException ex) {
			response.setStatus(ex.why() == RejectedException.Why.TYPE ? 415 : 413);
			String key = "portal.error.file." + ex.why();
			model.addAttribute("fileError", messages.getMessage(key,
					new Object[] { ex.fileName(), properties.maxAttachmentBytes() / (1024 * 1024),
							properties.maxAttachments() }, locale));
			return formPage(form, Map.of(), model);
		}
	}

	@GetMapping("/portal/receipt")
	String receipt(Model model) {
		if (!model.containsAttribute("receipt")) {
			return "redirect:/portal/track";
		}
		return "portal/receipt";
	}

	@PostMapping("/portal/forget")
	String forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/portal";
	}

	private String formPage(SubmissionForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("divisions", counties());
		model.addAttribute("maxFiles", properties.maxAttachments());
		model.addAttribute("maxMegabytes", properties.maxAttachmentBytes() / (1024 * 1024));
		return "portal/submit";
	}

	/** The counties (区县) of the installation's city, for the "where" select; empty outside a city tree. */
	private List<Division> counties() {
		return organization.root()
			.map(root -> root.divisionCode())
			.filter(code -> code != null && !code.isBlank())
			.map(divisions::children)
			.orElse(List.of());
	}

	/** One message key per form field: the first problem of each. */
	static Map<String, String> errors(List<FieldError> errors) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError e : errors) {
			byField.putIfAbsent(SubmissionForm.fieldOf(e.field()), messageKey(e.message()));
		}
		return byField;
	}

	static String messageKey(String message) {
		if (message == null) {
			return "portal.error.invalid";
		}
		if (message.startsWith("portal.")) {
			return message;
		}
		if (message.equals("is required")) {
			return "portal.error.required";
		}
		if (message.startsWith("at most")) {
			return "portal.error.too-long";
		}
		if (message.contains("division")) {
			return "portal.error.division";
		}
		return "portal.error.invalid";
	}

	/** The chosen files; an oversized one is refused by its size before it is read into memory. */
	private List<Attachments.Upload> uploads(List<MultipartFile> files) {
		List<Attachments.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		List<MultipartFile> chosen = files.stream().filter(f -> !f.isEmpty()).toList();
		if (chosen.size() > properties.maxAttachments()) {
			throw new RejectedException(RejectedException.Why.TOO_MANY, null);
		}
		for (MultipartFile f : chosen) {
			if (f.getSize() > properties.maxAttachmentBytes()) {
				throw new RejectedException(RejectedException.Why.TOO_LARGE, Attachments.safeName(f.getOriginalFilename()));
			}
			try {
				uploads.add(new Attachments.Upload(f.getOriginalFilename(), f.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}
}
