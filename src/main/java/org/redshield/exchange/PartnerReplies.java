package org.redshield.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.cases.Actor;
import org.redshield.cases.Case;
import org.redshield.cases.Cases;
import org.redshield.organizations.StaffUser;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Partners' messages coming back onto a case (回复): the answer of the agency a case was transferred to, or a reminder
 * (催办) or more material (补充) from the partner that transferred it in. Each becomes a note on the case's timeline;
 * idempotent on the partner's {@code replyId}.
 */
@Service
class PartnerReplies {

	static final int MAX_TEXT = 4000;

	enum Kind {
		ANSWER("答复"), REMINDER("催办"), SUPPLEMENT("补充材料");

		final String label;

		Kind(String label) {
			this.label = label;
		}
	}

	/** The outcome: recorded now (201) or already recorded under that reply id (200). */
	record Recorded(String caseNumber, String replyId, boolean created) {
	}

	private final JdbcClient jdbc;

	private final Cases cases;

	private final SystemReader reader;

	private final Clock clock;

	PartnerReplies(JdbcClient jdbc, Cases cases, SystemReader reader, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.reader = reader;
		this.clock = clock;
	}

	@Transactional
	Recorded reply(Partner partner, StaffUser user, String caseNumber, byte[] body) {
		JsonNode root;
		try {
			root = body == null || body.length == 0 ? null : Outbox.JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException("body", "is not valid JSON");
		}
		if (root == null || !root.isObject()) {
			throw new InvalidRequestException("body", "must be a JSON object {\"replyId\", \"kind\", \"text\"}");
		}
		List<FieldError> errors = new ArrayList<>();
		String replyId = root.path("replyId").isString() ? root.path("replyId").asString().strip() : null;
		if (replyId == null || !InboundWorkOrders.ORDER_NUMBER.matcher(replyId).matches()) {
			errors.add(new FieldError("replyId", "is required: 1 to 64 letters, digits and . _ : # -"));
		}
		Kind kind = Kind.ANSWER;
		if (root.hasNonNull("kind")) {
			kind = null;
			for (Kind k : Kind.values()) {
				if (k.name().equals(root.path("kind").asString())) {
					kind = k;
				}
			}
			if (kind == null) {
				errors.add(new FieldError("kind", "must be one of " + List.of(Kind.values())));
			}
		}
		String text = root.path("text").isString() ? root.path("text").asString().strip() : null;
		if (text == null || text.isEmpty()) {
			errors.add(new FieldError("text", "is required"));
		}
		else if (text.length() > MAX_TEXT) {
			errors.add(new FieldError("text", "at most " + MAX_TEXT + " characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The reply is incomplete or has bad fields.", errors);
		}
		Case c = reader.find(caseNumber)
			.filter(found -> partner.unitCode().equals(found.sourcePartnerCode())
					|| partner.unitCode().equals(found.transferTargetCode()))
			.orElseThrow(() -> new NotFoundException("No case " + caseNumber + " exchanged with " + partner.unitCode()));
		int inserted = jdbc.sql("""
				insert into exchange_reply (partner_code, reply_id, case_number, kind, received_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(partner.unitCode(), replyId, c.number(), kind.name(), Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			return new Recorded(c.number(), replyId, false);
		}
		cases.annotate(c.number(), Actor.of(user), "【" + partner.name() + kind.label + "】" + text);
		return new Recorded(c.number(), replyId, true);
	}

	static Map<String, Object> body(Recorded r) {
		return Map.of("caseNumber", r.caseNumber(), "replyId", r.replyId(), "status",
				r.created() ? "recorded" : "duplicate");
	}
}
