package org.redshield.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.redshield.calendar.CalendarService;
import org.redshield.cases.Actor;
import org.redshield.cases.Case;
import org.redshield.cases.CaseType;
import org.redshield.cases.Cases;
import org.redshield.cases.Channel;
import org.redshield.cases.TransferSource;
import org.redshield.intake.CaseRequest;
import org.redshield.intake.Intake;
import org.redshield.organizations.Role;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.ChinaTime;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work orders transferred in by partner hotlines (转办来件): checked (signature, body), registered through intake with
 * channel TRANSFER, the partner and its work-order number, and a FEEDBACK deadline (the partner's date, or its rule's
 * working days), then routed like any other item.
 * <p>
 * Idempotent on (partner, partner work-order number): a replay — concurrent, or months later — returns the case the
 * first request created and creates nothing. Concurrent first requests for one number queue on a transaction-scoped
 * advisory lock and find the case once the first commits; the unique index on cases is the last line of defence.
 */
@Service
class InboundWorkOrders {

	static final Pattern ORDER_NUMBER = Pattern.compile("[\\p{L}\\p{N}._:#-]{1,64}");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** The case of a work order, and whether this request created it (201) or found it (200). */
	record Received(Case c, boolean created) {
	}

	/** A parsed native work order. */
	record WorkOrderRequest(String partnerOrderNumber, LocalDate feedbackDueDate, CaseRequest caseRequest) {
	}

	private final Partners partners;

	private final Open311Catalog catalog;

	private final Intake intake;

	private final Cases cases;

	private final WorkOrders workOrders;

	private final CalendarService calendar;

	private final ExchangeProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	InboundWorkOrders(Partners partners, Open311Catalog catalog, Intake intake, Cases cases, WorkOrders workOrders, CalendarService calendar,
			ExchangeProperties properties, JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.partners = partners;
		this.catalog = catalog;
		this.intake = intake;
		this.cases = cases;
		this.workOrders = workOrders;
		this.calendar = calendar;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The partner behind an authenticated API caller: a partner service account of an enabled partner hotline. */
	Partner partnerOf(StaffUser user) {
		if (user == null || !user.has(Role.PARTNER)) {
			throw new AccessDeniedException("Only a partner hotline's API token may do this.");
		}
		Partner partner = partners.find(user.unitCode())
			.orElseThrow(() -> new AccessDeniedException("The caller's unit is not a partner hotline."));
		if (!partner.enabled()) {
			throw new AccessDeniedException("The partner hotline " + partner.unitCode() + " is disabled.");
		}
		return partner;
	}

	/** Checks the signature of a partner's request when its settings ask for one (before anything is parsed). */
	void verify(Partner partner, byte[] body, String timestamp, String signature) {
		if (partner.verifiesInbound() && !Signatures.verify(partner.signingSecret(), timestamp, signature, body,
				clock.instant(), properties.signatureTolerance())) {
			throw new InvalidSignatureException();
		}
	}

	/** {@code POST /api/v1/exchange/work-orders}: verified, parsed, registered (or found). */
	Received receive(StaffUser user, byte[] raw, String timestamp, String signature) {
		byte[] body = raw == null ? new byte[0] : raw;
		Partner partner = partnerOf(user);
		verify(partner, body, timestamp, signature);
		WorkOrderRequest request = parse(body);
		CaseRequest c = request.caseRequest();
		String service = catalog.codeOf(CaseType.valueOf(c.type()), blankToNull(c.category()), blankToNull(c.issue()));
		return register(partner, Actor.of(user), request, WorkOrders.Origin.api(service));
	}

	/**
	 * Registers a work order, or returns the case already registered under the partner's number.
	 * @throws InvalidRequestException naming every bad field of the case as {@code case.<field>}
	 */
	Received register(Partner partner, Actor actor, WorkOrderRequest request, WorkOrders.Origin origin) {
		String code = partner.unitCode();
		String number = request.partnerOrderNumber();
		Optional<Case> existing = cases.findTransferred(code, number);
		if (existing.isPresent()) {
			return new Received(existing.get(), false);
		}
		LocalDate due = request.feedbackDueDate() != null ? request.feedbackDueDate()
				: partner.rule().dueDate(receivedOn(request.caseRequest()), calendar.current());
		try {
			return transactions.execute(status -> {
				jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
					.param(code + '|' + number)
					.query((rs, i) -> 1)
					.list();
				Optional<Case> meanwhile = cases.findTransferred(code, number);
				if (meanwhile.isPresent()) {
					return new Received(meanwhile.get(), false);
				}
				Case c;
				try {
					c = intake.register(request.caseRequest(), actor, new TransferSource(code, number, due));
				}
				catch (InvalidRequestException ex) {
					throw new InvalidRequestException(ex.getMessage(), ex.errors()
						.stream()
						.map(e -> new FieldError("case." + e.field(), e.message()))
						.toList());
				}
				workOrders.record(c, code, number, due, origin, clock.instant());
				return new Received(c, true);
			});
		}
		catch (DataIntegrityViolationException ex) {
			return cases.findTransferred(code, number).map(c -> new Received(c, false)).orElseThrow(() -> ex);
		}
	}

	/**
	 * Reads {@code {"partnerOrderNumber", "feedbackDueDate", "case": {...}}}; unknown fields are ignored (a partner may
	 * send more than we read). Every bad field is named in one 400.
	 */
	WorkOrderRequest parse(byte[] body) {
		JsonNode root;
		try {
			root = body == null || body.length == 0 ? null : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException("body", "is not valid JSON");
		}
		if (root == null || !root.isObject()) {
			throw new InvalidRequestException("body",
					"must be a JSON object {\"partnerOrderNumber\", \"feedbackDueDate\", \"case\"}");
		}
		List<FieldError> errors = new ArrayList<>();
		String number = text(root.get("partnerOrderNumber"));
		if (number == null || number.isBlank()) {
			errors.add(new FieldError("partnerOrderNumber", "is required"));
		}
		else if (!ORDER_NUMBER.matcher(number).matches()) {
			errors.add(new FieldError("partnerOrderNumber",
					"must be 1 to 64 letters, digits and . _ : # - (no spaces or slashes)"));
		}
		LocalDate due = null;
		JsonNode dueNode = root.get("feedbackDueDate");
		if (dueNode != null && !dueNode.isNull()) {
			try {
				due = LocalDate.parse(dueNode.isString() ? dueNode.asString() : "?");
			}
			catch (DateTimeParseException ex) {
				errors.add(new FieldError("feedbackDueDate", "must be an ISO date, e.g. 2026-10-20"));
			}
		}
		CaseRequest request = null;
		JsonNode caseNode = root.get("case");
		if (caseNode == null || caseNode.isNull()) {
			errors.add(new FieldError("case", "is required: the same body as POST /api/v1/cases"));
		}
		else if (!caseNode.isObject()) {
			errors.add(new FieldError("case", "must be a JSON object: the same body as POST /api/v1/cases"));
		}
		else {
			try {
				request = JSON.treeToValue(caseNode, CaseRequest.class);
			}
			catch (JacksonException ex) {
				errors.add(new FieldError("case." + path(ex), "has the wrong type or format"));
			}
		}
		if (request != null) {
			if (request.answer() != null && !request.answer().isBlank()) {
				errors.add(new FieldError("case.answer", "a transferred item is answered here, not at intake"));
			}
			request = new CaseRequest(request.type(), Channel.TRANSFER.name(), request.receivedAt(),
					request.complainant(), request.respondent(), request.conductDivisionCode(), request.request(),
					request.facts(), request.amount(), null, request.reportFacts(), request.category(), request.issue());
			if (!knownType(request.type())) {
				errors.add(new FieldError("case.type", "must be one of " + List.of(CaseType.values())));
			}
			if (due != null && due.isBefore(receivedOn(request))) {
				errors.add(new FieldError("feedbackDueDate", "lies before the item was received"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The work order is incomplete or has bad fields.", errors);
		}
		return new WorkOrderRequest(number, due, request);
	}

	private LocalDate receivedOn(CaseRequest request) {
		if (request.receivedAt() != null && !request.receivedAt().isBlank()) {
			try {
				return ChinaTime.dateOf(OffsetDateTime.parse(request.receivedAt()).toInstant());
			}
			catch (DateTimeParseException ex) {
				// intake names the field
			}
		}
		return ChinaTime.dateOf(clock.instant());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	static boolean knownType(String type) {
		for (CaseType t : CaseType.values()) {
			if (t.name().equals(type)) {
				return true;
			}
		}
		return false;
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() || node.isNumber() ? node.asString() : "(not a string)";
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	static String utf8(byte[] body) {
		return new String(body, StandardCharsets.UTF_8);
	}
}
