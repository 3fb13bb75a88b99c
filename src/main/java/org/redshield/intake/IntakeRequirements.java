package org.redshield.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.intake.CaseRequest.PartyRequest;
import org.redshield.intake.CaseRequest.RespondentRequest;
import org.redshield.categories.Categories;
import org.redshield.regions.Divisions;
import org.redshield.shared.Enums;
import org.redshield.shared.FieldError;
import org.redshield.shared.PhoneNumber;

/**
 * What a new item must hold, collected field by field so that one answer names every problem.
 * <ul>
 * <li>N10 (投诉材料): 投诉人的姓名、电话号码、通讯地址; 被投诉人的名称（姓名）、地址; 具体的投诉请求以及相应的消费者权益争议事实依据.</li>
 * <li>N28 (举报材料): 涉嫌违法的具体线索和相应的事实依据 — the respondent and the facts; the reporter may stay anonymous.</li>
 * <li>A consultation, suggestion or request for help needs its question (request).</li>
 * </ul>
 */
public final class IntakeRequirements {

	static final int MAX_SHORT = 200;

	static final int MAX_ADDRESS = 500;

	static final int MAX_TEXT = 20_000;

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

	private final Divisions divisions;

	private final Clock clock;

	private final Categories categories;

	public IntakeRequirements(Divisions divisions, Clock clock, Categories categories) {
		this.divisions = divisions;
		this.categories = categories;
		this.clock = clock;
	}

	/** A request that passed: the parsed type, channel and receipt time. */
	public record Checked(CaseType type, Channel channel, Instant receivedAt) {
	}

	public List<FieldError> check(CaseRequest r) {
		return check(r, new Checked[1]);
	}

	List<FieldError> check(CaseRequest r, Checked[] out) {
		List<FieldError> errors = new ArrayList<>();
		CaseType type = parse(CaseType.class, r.type(), "type", errors);
		Channel channel = parse(Channel.class, r.channel(), "channel", errors);
		Instant receivedAt = receivedAt(r.receivedAt(), errors);
		PartyRequest c = r.complainant();
		RespondentRequest p = r.respondent();
		if (type == CaseType.COMPLAINT) {
			required(c == null ? null : c.name(), "complainant.name", errors);
			required(c == null ? null : c.phone(), "complainant.phone", errors);
			required(c == null ? null : c.address(), "complainant.address", errors);
			required(p == null ? null : p.name(), "respondent.name", errors);
			required(p == null ? null : p.address(), "respondent.address", errors);
			required(r.request(), "request", errors);
			required(r.facts(), "facts", errors);
		}
		else if (type == CaseType.REPORT) {
			required(p == null ? null : p.name(), "respondent.name", errors);
			required(r.facts(), "facts", errors);
		}
		else if (type != null) {
			required(r.request(), "request", errors);
		}
		if (c != null) {
			length(c.name(), MAX_SHORT, "complainant.name", errors);
			length(c.address(), MAX_ADDRESS, "complainant.address", errors);
			if (present(c.phone()) && !PhoneNumber.isValid(c.phone())) {
				errors.add(new FieldError("complainant.phone", "not a mainland mobile or landline number"));
			}
		}
		if (p != null) {
			length(p.name(), MAX_SHORT, "respondent.name", errors);
			length(p.address(), MAX_ADDRESS, "respondent.address", errors);
			division(p.divisionCode(), "respondent.divisionCode", errors);
			if (p.platform() != null) {
				required(p.platform().name(), "respondent.platform.name", errors);
				length(p.platform().name(), MAX_SHORT, "respondent.platform.name", errors);
				division(p.platform().divisionCode(), "respondent.platform.divisionCode", errors);
			}
		}
		division(r.conductDivisionCode(), "conductDivisionCode", errors);
		errors.addAll(categories.problems(type == CaseType.REPORT, blank(r.category()), blank(r.issue())));
		length(r.request(), MAX_TEXT, "request", errors);
		length(r.facts(), MAX_TEXT, "facts", errors);
		length(r.answer(), MAX_TEXT, "answer", errors);
		length(r.reportFacts(), MAX_TEXT, "reportFacts", errors);
		if (r.amount() != null && (r.amount().signum() < 0 || r.amount().compareTo(MAX_AMOUNT) >= 0
				|| r.amount().stripTrailingZeros().scale() > 2)) {
			errors.add(new FieldError("amount", "must be an amount in yuan, 0 or more, at most two decimals"));
		}
		if (present(r.answer()) && (type == CaseType.COMPLAINT || type == CaseType.REPORT)) {
			errors.add(new FieldError("answer", "only a consultation, suggestion or request for help is answered at intake"));
		}
		if (present(r.reportFacts()) && type != CaseType.COMPLAINT) {
			errors.add(new FieldError("reportFacts", "only a complaint is split into a complaint and a report (N9)"));
		}
		out[0] = new Checked(type, channel, receivedAt);
		return errors;
	}

	private Instant receivedAt(String text, List<FieldError> errors) {
		Instant now = clock.instant();
		if (text == null || text.isBlank()) {
			return now;
		}
		try {
			Instant at = OffsetDateTime.parse(text).toInstant();
			if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
				errors.add(new FieldError("receivedAt", "lies in the future"));
			}
			else if (at.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
				errors.add(new FieldError("receivedAt", "before 2000"));
			}
			return at;
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("receivedAt", "must be ISO-8601 with an offset, e.g. 2026-10-09T09:30:00+08:00"));
			return now;
		}
	}

	private void division(String code, String field, List<FieldError> errors) {
		if (present(code) && !divisions.exists(code)) {
			errors.add(new FieldError(field, "not a GB/T 2260 division code"));
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<FieldError> errors) {
		if (!present(value)) {
			errors.add(new FieldError(field, "is required"));
			return null;
		}
		E e = Enums.find(type, value).orElse(null);
		if (e == null) {
			errors.add(new FieldError(field, Enums.allowed(type)));
		}
		return e;
	}

	private static void required(String value, String field, List<FieldError> errors) {
		if (!present(value)) {
			errors.add(new FieldError(field, "is required"));
		}
	}

	private static void length(String value, int max, String field, List<FieldError> errors) {
		if (value != null && value.length() > max) {
			errors.add(new FieldError(field, "at most " + max + " characters"));
		}
	}

	private static String blank(String s) {
		return present(s) ? s : null;
	}

	static boolean present(String s) {
		return s != null && !s.isBlank();
	}
}
