package org.redshield.exchange;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;

import org.redshield.IntegrationTestSupport;

/**
 * Helpers for the exchange's integration tests on the shared platform: partner units of their own (so that tests do
 * not disturb the demo's simulated partners or each other), connected to a test receiver, with a token; signed
 * requests; work-order bodies.
 */
abstract class ExchangeTestSupport extends IntegrationTestSupport {

	static final String SECRET = "test-signing-secret-0123456789abcdef";

	@Autowired
	Partners partners;

	@Autowired
	Outbox outbox;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	Callbacks callbacks;

	@Autowired
	OutboxSignal signal;

	@Autowired
	ExchangeProperties properties;

	@Autowired
	java.time.Clock clock;

	/** Creates (or keeps) a partner hotline unit below the demo centre. */
	void partnerUnit(String code, String name) {
		Answer a = post("/api/v1/admin/organization", "admin", """
				{"units":[{"code":"%s","name":"%s","kind":"PARTNER_HOTLINE","parent":"HD12315","divisionCode":"130400",
				  "jurisdiction":[]}],"users":[]}""".formatted(code, name));
		if (a.status() != 200) {
			throw new IllegalStateException("could not create unit " + code + ": " + a.text());
		}
	}

	/** Connects a partner to a callback with the test secret and optional extra settings (JSON members). */
	Answer connect(String code, String callbackUrl, String extraJson) {
		String extra = extraJson == null || extraJson.isBlank() ? "" : "," + extraJson;
		return put("/api/v1/partners/" + code, "admin", """
				{"callbackUrl":"%s","signingSecret":"%s","feedbackWorkingDays":10%s}""".formatted(callbackUrl, SECRET,
				extra));
	}

	/** Issues a token for a partner through the admin API. */
	String token(String code) {
		Answer a = post("/api/v1/partners/" + code + "/tokens", "admin", "{\"name\":\"test\"}");
		if (a.status() != 201) {
			throw new IllegalStateException("no token for " + code + ": " + a.status() + " " + a.text());
		}
		return a.json().get("token").asString();
	}

	/** A POST signed with a secret (null: unsigned), with the partner's bearer token. */
	Answer signedPost(String path, String token, String secret, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		HttpRequest.Builder b = request(path, token == null ? null : "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("X-RedShield-Timestamp", timestamp)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
		if (secret != null) {
			b.header("X-RedShield-Signature", Signatures.sign(secret, timestamp, bytes));
		}
		return send(b);
	}

	static String workOrder(String partnerOrderNumber, String caseJson) {
		return """
				{"partnerOrderNumber":"%s","case":%s}""".formatted(partnerOrderNumber, caseJson);
	}

	/** A complaint against a shop in 丛台区 (130403): dispatched to HD130403, where user {@code officer} works. */
	static String complaintInCongtai() {
		return """
				{"type":"COMPLAINT","channel":"HOTLINE",
				 "complainant":{"name":"张三","phone":"13800138000","address":"河北省邯郸市丛台区人民路1号"},
				 "respondent":{"name":"邯郸某电器商行","address":"邯郸市丛台区中华北大街8号","divisionCode":"130403"},
				 "request":"退货退款","facts":"购买的冰箱不制冷","amount":2999}""";
	}

	long casesFrom(String partnerCode) {
		return jdbc.sql("select count(*) from cases where source_partner_code = ?").param(partnerCode)
			.query(Long.class)
			.single();
	}

	long outboxRows(String partnerCode) {
		return jdbc.sql("select count(*) from exchange_outbox where partner_code = ?").param(partnerCode)
			.query(Long.class)
			.single();
	}
}
