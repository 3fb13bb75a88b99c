package org.redshield.exchange;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.redshield.cases.Case;
import org.redshield.cases.CaseMoved;
import org.redshield.cases.Move;
import org.redshield.cases.Party;
import org.redshield.cases.Respondent;
import org.redshield.organizations.Organization;
import org.redshield.organizations.PartnerCredentials;
import org.redshield.shared.ChinaTime;

/**
 * Turns case moves into messages for partners, in the move's own transaction (a plain synchronous listener: the
 * cases module publishes {@link CaseMoved} while it saves, so the outbox rows commit or roll back with the move):
 * <ul>
 * <li>feedback (反馈) to the partner that transferred the case in, for the moves its {@link FeedbackRule} asks for;</li>
 * <li>a transfer (转办) to the partner a case is transferred out to: a unit the dispatcher named (12345 for what is not
 * a market-regulation matter, 110 for suspected fraud or extortion under N42) or the partner whose transfer
 * jurisdictions cover the competent division (another city's 12315, a superior agency).</li>
 * </ul>
 * A transfer back to the partner the case came from (退回转办) is one message, not two. A partner never hears back its
 * own notes. The work-order read model follows every move of a transferred-in case.
 */
@Component
class LinkageMessages {

	private final Partners partners;

	private final Outbox outbox;

	private final WorkOrders workOrders;

	private final SystemReader reader;

	private final Organization organization;

	LinkageMessages(Partners partners, Outbox outbox, WorkOrders workOrders, SystemReader reader,
			Organization organization) {
		this.partners = partners;
		this.outbox = outbox;
		this.workOrders = workOrders;
		this.reader = reader;
		this.organization = organization;
	}

	@EventListener
	void on(CaseMoved e) {
		boolean transfer = e.move() == Move.TRANSFER_OUT || e.move() == Move.TRANSFER_REPORT;
		if (e.sourcePartnerCode() == null && !transfer) {
			return;
		}
		Optional<Partner> source = Optional.empty();
		if (e.sourcePartnerCode() != null) {
			workOrders.track(e);
			source = partners.find(e.sourcePartnerCode())
				.filter(Partner::connected)
				.filter(p -> (p.rule().wants(e.move()) || transfer) && !ownNote(e, p));
		}
		if (source.isEmpty() && !transfer) {
			return;
		}
		Case c = reader.find(e.number()).orElse(null);
		if (c == null) {
			return;
		}
		Optional<Partner> target = transfer ? partners.forTransfer(e.targetUnitCode(), c.transferDivisionCode())
				: Optional.empty();
		if (source.isPresent()) {
			boolean backToSource = target.isPresent() && target.get().unitCode().equals(source.get().unitCode());
			if (source.get().rule().wants(e.move()) || backToSource) {
				Map<String, Object> fields = feedback(e, c);
				if (backToSource) {
					fields.put("workOrder", workOrder(c));
					target = Optional.empty();
				}
				outbox.enqueue(source.get().unitCode(), e.number(), Outbox.Kind.FEEDBACK, eventType(e.move()), e.at(),
						fields);
			}
		}
		target.ifPresent(p -> {
			Map<String, Object> fields = feedback(e, c);
			fields.put("from", unit(organization.root().map(u -> u.code()).orElse(null)));
			fields.put("workOrder", workOrder(c));
			fields.put("replyTo", "/api/v1/exchange/cases/" + c.number() + "/replies");
			outbox.enqueue(p.unitCode(), e.number(), Outbox.Kind.TRANSFER, "work-order.transfer", e.at(), fields);
		});
	}

	/** {@code case.accept}, {@code case.record-agreement}, ...: the move as the API names it. */
	static String eventType(Move move) {
		return "case." + move.path();
	}

	private static boolean ownNote(CaseMoved e, Partner partner) {
		return e.move() == Move.NOTE && PartnerCredentials.accountOf(partner.unitCode()).equals(e.actor());
	}

	private Map<String, Object> feedback(CaseMoved e, Case c) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("partnerOrderNumber", c.partnerOrderNumber());
		fields.put("caseType", c.type().name());
		fields.put("move", e.move().name());
		fields.put("fromStatus", e.from() == null ? null : e.from().name());
		fields.put("status", e.to().name());
		fields.put("reason", e.reason());
		fields.put("note", e.note());
		fields.put("handlingUnit", unit(e.handlingUnitCode()));
		fields.put("transferTarget", unit(e.targetUnitCode()));
		fields.put("transferDivisionCode", c.transferDivisionCode());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("recoveredAmount", money(c.recoveredAmount()));
		result.put("refusalReason", c.refusalReason());
		result.put("terminationReason", c.terminationReason());
		result.put("answer", c.answer());
		fields.put("result", result);
		return fields;
	}

	/** The case in the shape of an inbound work order ({@code POST /api/v1/exchange/work-orders}). */
	static Map<String, Object> workOrder(Case c) {
		Map<String, Object> body = new LinkedHashMap<>();
		Party p = c.complainant();
		Respondent r = c.respondent();
		body.put("type", c.type().name());
		body.put("channel", "TRANSFER");
		body.put("receivedAt", c.receivedAt().atZone(ChinaTime.ZONE).toOffsetDateTime().toString());
		Map<String, Object> complainant = null;
		if (p != null) {
			complainant = new LinkedHashMap<>();
			complainant.put("name", p.name());
			complainant.put("phone", p.phone());
			complainant.put("address", p.address());
		}
		body.put("complainant", complainant);
		Map<String, Object> respondent = null;
		if (r != null) {
			respondent = new LinkedHashMap<>();
			respondent.put("name", r.name());
			respondent.put("address", r.address());
			respondent.put("divisionCode", r.divisionCode());
			if (r.insidePlatform()) {
				Map<String, Object> platform = new LinkedHashMap<>();
				platform.put("name", r.platformName());
				platform.put("divisionCode", r.platformDivisionCode());
				respondent.put("platform", platform);
			}
		}
		body.put("respondent", respondent);
		body.put("conductDivisionCode", c.conductDivisionCode());
		body.put("request", c.request());
		body.put("facts", c.facts());
		body.put("amount", money(c.amount()));
		body.put("category", c.categoryKey());
		body.put("issue", c.issueKey());
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("partnerOrderNumber", c.number());
		order.put("case", body);
		return order;
	}

	private Map<String, Object> unit(String code) {
		return organization.find(code).map(u -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", u.code());
			m.put("name", u.name());
			return m;
		}).orElse(null);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount;
	}
}
