package org.redshield.exchange;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import org.redshield.cases.Actor;
import org.redshield.cases.CaseType;
import org.redshield.intake.CaseRequest;
import org.redshield.intake.CaseRequest.PartyRequest;
import org.redshield.intake.CaseRequest.RespondentRequest;
import org.redshield.organizations.Organization;
import org.redshield.organizations.Role;
import org.redshield.organizations.Unit;
import org.redshield.shared.ChinaTime;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;

/**
 * Open311 GeoReport v2 service requests over RedShield's work orders: a POSTed request is a partner's work order
 * (registered like {@code POST /api/v1/exchange/work-orders}); GET returns the partner's own work orders, open or
 * closed as the case's status is final or not, with the case's latest timeline note as {@code status_notes} and its
 * handling unit as {@code agency_responsible}.
 * <p>
 * Unlike the spec's default, reading requests needs an {@code api_key} too: complaints hold personal information
 * (PIPL) and reports are confidential (N37), so a partner sees only the requests it submitted.
 */
@Service
class Open311Requests {

	/** The spec's default and maximum window, and its cap on the number of requests returned. */
	static final Duration WINDOW = Duration.ofDays(90);

	static final int LIMIT = 1000;

	static final DateTimeFormatter W3 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	/** Intake's field names as the Open311 parameters that carry them. */
	private static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("case.complainant.name", "last_name"),
			Map.entry("case.complainant.phone", "phone"),
			Map.entry("case.complainant.address", "attribute[complainant_address]"),
			Map.entry("case.respondent.name", "attribute[respondent_name]"),
			Map.entry("case.respondent.address", "address_string"),
			Map.entry("case.respondent.divisionCode", "attribute[respondent_division_code]"),
			Map.entry("case.conductDivisionCode", "attribute[conduct_division_code]"),
			Map.entry("case.request", "attribute[request]"), Map.entry("case.facts", "description"),
			Map.entry("case.amount", "attribute[amount]"),
			Map.entry("partnerOrderNumber", "attribute[partner_order_number]"),
			Map.entry("feedbackDueDate", "attribute[feedback_due_date]"), Map.entry("case.category", "attribute[category]"),
			Map.entry("case.issue", "attribute[issue]"));

	private final ApiKeys keys;

	private final Partners partners;

	private final InboundWorkOrders inbound;

	private final WorkOrders workOrders;

	private final Open311Catalog catalog;

	private final Organization organization;

	private final Clock clock;

	Open311Requests(ApiKeys keys, Partners partners, InboundWorkOrders inbound, WorkOrders workOrders,
			Open311Catalog catalog, Organization organization, Clock clock) {
		this.keys = keys;
		this.partners = partners;
		this.inbound = inbound;
		this.workOrders = workOrders;
		this.catalog = catalog;
		this.organization = organization;
		this.clock = clock;
	}

	/** The enabled partner hotline an api_key belongs to, or 403. */
	Partner partner(String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw new Open311Exception(403, "api_key is required: a partner hotline's API token.");
		}
		ApiKeys.Caller caller = keys.partner(apiKey.strip())
			.orElseThrow(() -> new Open311Exception(403, "Invalid api_key: unknown, revoked, or not a partner's."));
		Partner partner = partners.find(caller.unitCode())
			.orElseThrow(() -> new Open311Exception(403, "Invalid api_key: not a partner hotline's."));
		if (!partner.enabled()) {
			throw new Open311Exception(403, "The partner hotline " + partner.unitCode() + " is disabled.");
		}
		return partner;
	}

	/** POST requests: one work order; answers with its service_request_id (the case number). */
	Map<String, Object> create(MultiValueMap<String, String> params) {
		Partner partner = partner(params.getFirst("api_key"));
		String code = first(params, "service_code");
		if (code == null) {
			throw new Open311Exception(400, "service_code was not provided.");
		}
		Open311Catalog.Service service = catalog.find(code)
			.orElseThrow(() -> new Open311Exception(404, "service_code " + code + " was not found."));
		List<Open311Exception.Error> errors = new ArrayList<>();
		String address = first(params, "address_string");
		String addressId = first(params, "address_id");
		Double lat = number(params, "lat", errors);
		Double lon = number(params, "long", errors);
		if (address == null && addressId == null && (lat == null || lon == null)) {
			errors.add(new Open311Exception.Error(400,
					"A location is required: address_string, address_id, or both lat and long."));
		}
		if ((lat != null && (lat < -90 || lat > 90)) || (lon != null && (lon < -180 || lon > 180))) {
			errors.add(new Open311Exception.Error(400, "lat/long: outside WGS84 ranges."));
		}
		String description = first(params, "description");
		if (description != null && description.length() > WorkOrders.MAX_DESCRIPTION) {
			errors.add(new Open311Exception.Error(400, "description: at most 4,000 characters."));
		}
		String mediaUrl = first(params, "media_url");
		if (mediaUrl != null && !httpUrl(mediaUrl)) {
			errors.add(new Open311Exception.Error(400, "media_url: must be an absolute http or https URL."));
		}
		String amountText = attribute(params, "amount");
		BigDecimal amount = null;
		if (amountText != null) {
			try {
				amount = new BigDecimal(amountText);
			}
			catch (NumberFormatException ex) {
				errors.add(new Open311Exception.Error(400, "attribute[amount]: must be a number of yuan."));
			}
		}
		LocalDate due = null;
		String dueText = attribute(params, "feedback_due_date");
		if (dueText != null) {
			try {
				due = LocalDate.parse(dueText);
			}
			catch (DateTimeParseException ex) {
				errors.add(new Open311Exception.Error(400, "attribute[feedback_due_date]: must be YYYY-MM-DD."));
			}
		}
		String number = attribute(params, "partner_order_number");
		if (number != null && !InboundWorkOrders.ORDER_NUMBER.matcher(number).matches()) {
			errors.add(new Open311Exception.Error(400,
					"attribute[partner_order_number]: 1 to 64 letters, digits and . _ : # -"));
		}
		if (!errors.isEmpty()) {
			throw new Open311Exception(400, errors);
		}
		if (number == null) {
			number = "O311-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		}
		boolean dispute = service.type() == CaseType.COMPLAINT || service.type() == CaseType.REPORT;
		String name = join(first(params, "last_name"), first(params, "first_name"));
		PartyRequest complainant = name == null && first(params, "phone") == null
				&& attribute(params, "complainant_address") == null ? null
						: new PartyRequest(name, first(params, "phone"), attribute(params, "complainant_address"));
		String divisionCode = attribute(params, "respondent_division_code");
		if (divisionCode == null && addressId != null && addressId.matches("\\d{6}")) {
			divisionCode = addressId;
		}
		RespondentRequest respondent = dispute
				? new RespondentRequest(attribute(params, "respondent_name"), address, divisionCode, null) : null;
		String category = service.category() != null ? service.category() : attribute(params, "category");
		String issue = service.issue() != null ? service.issue() : attribute(params, "issue");
		CaseRequest request = new CaseRequest(service.type().name(), "TRANSFER", null, complainant, respondent,
				attribute(params, "conduct_division_code"),
				service.type() == CaseType.COMPLAINT ? attribute(params, "request") : dispute ? null : description,
				dispute ? description : null, amount, null, null, dispute ? category : null, dispute ? issue : null);
		InboundWorkOrders.Received received;
		try {
			received = inbound.register(partner,
					new Actor(org.redshield.organizations.PartnerCredentials.accountOf(partner.unitCode()), partner.name(), partner.unitCode(), Set.of(Role.PARTNER),
							false),
					new InboundWorkOrders.WorkOrderRequest(number, due, request),
					new WorkOrders.Origin(WorkOrders.Via.OPEN311, service.code(), lat, lon, mediaUrl));
		}
		catch (InvalidRequestException ex) {
			throw new Open311Exception(400, ex.errors().stream().map(Open311Requests::error).toList());
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", received.c().number());
		// account_id "may not be returned": RedShield has no accounts of Open311 users
		workOrders.byCase(received.c().number()).map(this::notice).ifPresent(n -> answer.put("service_notice", n));
		return answer;
	}

	/** GET requests: the partner's requests in the window (90 days by default and at most), newest first, at most 1,000. */
	List<Map<String, Object>> list(Partner partner, MultiValueMap<String, String> params) {
		List<String> ids = csv(first(params, "service_request_id"));
		List<String> services = csv(first(params, "service_code"));
		Boolean closed = null;
		List<String> statuses = csv(first(params, "status"));
		if (statuses != null) {
			if (!Set.of("open", "closed").containsAll(statuses)) {
				throw new Open311Exception(400, "status: open, closed, or both comma separated.");
			}
			closed = statuses.containsAll(List.of("open", "closed")) ? null : statuses.contains("closed");
		}
		Instant start = date(params, "start_date");
		Instant end = date(params, "end_date");
		if (start != null && end != null && start.isAfter(end)) {
			throw new Open311Exception(400, "start_date lies after end_date.");
		}
		if (start != null && end != null && Duration.between(start, end).compareTo(WINDOW) > 0) {
			throw new Open311Exception(400, "start_date to end_date may not span more than 90 days.");
		}
		if (start == null && end == null) {
			end = clock.instant();
			start = end.minus(WINDOW);
		}
		else if (start == null) {
			start = end.minus(WINDOW);
		}
		else if (end == null) {
			end = start.plus(WINDOW);
		}
		return workOrders
			.list(partner.unitCode(), new WorkOrders.Query(ids, services, start, end, closed, LIMIT))
			.stream()
			.map(this::request)
			.toList();
	}

	/** GET requests/{id}: one of the partner's requests, or 404. */
	Map<String, Object> get(Partner partner, String id) {
		return workOrders.byCase(id)
			.filter(w -> w.partnerCode().equals(partner.unitCode()))
			.map(this::request)
			.orElseThrow(() -> new Open311Exception(404, "service_request_id " + id + " was not found."));
	}

	private Map<String, Object> request(WorkOrders.WorkOrder w) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("service_request_id", w.caseNumber());
		m.put("status", w.closed() ? "closed" : "open");
		m.put("status_notes", w.statusNotes());
		m.put("service_name", catalog.find(w.serviceCode()).map(Open311Catalog.Service::name).orElse(null));
		m.put("service_code", w.serviceCode());
		m.put("description", w.description());
		m.put("agency_responsible", organization.find(w.handlingUnitCode()).map(Unit::name).orElse(null));
		m.put("service_notice", w.closed() ? null : notice(w));
		m.put("requested_datetime", w3(w.receivedAt()));
		m.put("updated_datetime", w3(w.updatedAt()));
		m.put("expected_datetime", w.feedbackDueDate() == null ? null
				: w3(w.feedbackDueDate().atTime(23, 59, 59).atZone(ChinaTime.ZONE).toInstant()));
		m.put("address", w.address());
		m.put("address_id", null);
		m.put("zipcode", null);
		m.put("lat", w.lat());
		m.put("long", w.lon());
		m.put("media_url", w.mediaUrl());
		return m;
	}

	private String notice(WorkOrders.WorkOrder w) {
		String agency = organization.find(w.handlingUnitCode()).map(Unit::name).orElse("12315");
		return w.feedbackDueDate() == null ? "由" + agency + "依法办理。"
				: "由" + agency + "依法办理，" + w.feedbackDueDate() + "前反馈。";
	}

	static String w3(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).atZone(ChinaTime.ZONE).format(W3);
	}

	private static Open311Exception.Error error(FieldError e) {
		String parameter = PARAMETERS.getOrDefault(e.field(), e.field());
		if (e.field().equals("case.complainant.name")) {
			parameter = "last_name/first_name";
		}
		return new Open311Exception.Error(400, parameter + ": " + e.message());
	}

	private static Instant date(MultiValueMap<String, String> params, String name) {
		String text = first(params, name);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Exception(400, name + ": must be a w3 date-time with a time zone, e.g. 2026-10-01T00:00:00+08:00.");
		}
	}

	private static Double number(MultiValueMap<String, String> params, String name,
			List<Open311Exception.Error> errors) {
		String text = first(params, name);
		if (text == null) {
			return null;
		}
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException ex) {
			errors.add(new Open311Exception.Error(400, name + ": must be a number."));
			return null;
		}
	}

	static String first(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String attribute(MultiValueMap<String, String> params, String code) {
		return first(params, "attribute[" + code + "]");
	}

	private static List<String> csv(String text) {
		return text == null ? null
				: Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String join(String family, String given) {
		String name = (family == null ? "" : family) + (given == null ? "" : given);
		return name.isBlank() ? null : name;
	}

	private static boolean httpUrl(String url) {
		try {
			URI uri = new URI(url);
			return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}
}
