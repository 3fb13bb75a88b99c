package org.redshield.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redshield.intake.CaseJson.complaintInDivision;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.redshield.IntegrationTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * The fixed API contract that partner systems and acceptance checks use: {@code POST /api/v1/cases} answers 201 with
 * the case, {@code GET /api/v1/cases/{number}} returns it, bad input is a 400 problem naming every field and stores
 * nothing, an illegal move is a 409 that changes nothing.
 */
class CaseApiIntegrationTests extends IntegrationTestSupport {

	@Autowired
	EventRecorder events;

	@Test
	void registersAComplaintAndReturnsItWithTheContractFields() {
		Answer created = post("/api/v1/cases", "operator", """
				{"type":"COMPLAINT","channel":"LETTER","receivedAt":"2026-09-30T16:00:00+08:00",
				 "complainant":{"name":"李四","phone":"13912345678","address":"邯郸市丛台区"},
				 "respondent":{"name":"丛台某健身房","address":"邯郸市丛台区联纺路","divisionCode":"130403"},
				 "request":"退还预付卡余额","facts":"健身房闭店，余额3000元未退","amount":3000}""");
		assertThat(created.status()).isEqualTo(201);
		JsonNode c = created.json();
		String number = c.get("number").asString();
		assertThat(created.location()).endsWith("/api/v1/cases/" + number);
		JsonNode read = get("/api/v1/cases/" + number, "operator").json();
		for (JsonNode json : new JsonNode[] { c, read }) {
			assertThat(json.get("number").asString()).isEqualTo(number).startsWith("TS20260930");
			assertThat(json.get("type").asString()).isEqualTo("COMPLAINT");
			assertThat(json.get("channel").asString()).isEqualTo("LETTER");
			assertThat(json.get("status").asString()).isEqualTo("DISPATCHED");
			assertThat(json.get("receivedAt").asString()).isEqualTo("2026-09-30T16:00:00+08:00");
			assertThat(json.get("handlingUnit").get("code").asString()).isEqualTo("HD130403");
			assertThat(json.get("handlingUnit").get("name").asString()).isEqualTo("丛台区市场监督管理局");
			assertThat(json.get("handlingUnit").get("divisionCode").asString()).isEqualTo("130403");
			JsonNode acceptance = json.get("deadlines").get(0);
			assertThat(acceptance.get("step").asString()).isEqualTo("ACCEPTANCE");
			// N15 + N45: received Wed 30 Sep 2026, 7 working days across National Day → 15 Oct
			assertThat(acceptance.get("dueDate").asString()).isEqualTo("2026-10-15");
			assertThat(acceptance.get("extended").asBoolean()).isFalse();
			assertThat(json.has("recoveredAmount")).isTrue();
			assertThat(json.get("timeline")).hasSize(2);
			assertThat(json.get("timeline").get(0).get("actor").asString()).isEqualTo("operator");
		}
		assertThat(read.get("complainant").get("phone").asString()).isEqualTo("13912345678");
	}

	@Test
	void walksAComplaintFromAcceptanceToAgreementAndClosure() {
		String number = post("/api/v1/cases", "operator", complaintInDivision("130403")).json().get("number").asString();
		JsonNode accepted = post("/api/v1/cases/" + number + "/accept", "officer", null).json();
		assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
		JsonNode mediation = accepted.get("deadlines").get(1);
		assertThat(mediation.get("step").asString()).isEqualTo("MEDIATION");
		LocalDate acceptedOn = LocalDate.parse(mediation.get("startDate").asString());
		assertThat(LocalDate.parse(mediation.get("dueDate").asString())).isBetween(acceptedOn.plusDays(60),
				acceptedOn.plusDays(70));
		post("/api/v1/cases/" + number + "/start-mediation", "officer", null);
		JsonNode agreed = post("/api/v1/cases/" + number + "/record-agreement", "officer",
				"{\"recoveredAmount\": 2999.00, \"note\": \"商家同意退货退款\"}").json();
		assertThat(agreed.get("status").asString()).isEqualTo("MEDIATED");
		assertThat(agreed.get("recoveredAmount").decimalValue()).isEqualByComparingTo("2999");
		JsonNode closed = post("/api/v1/cases/" + number + "/close", "officer", null).json();
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("timeline")).extracting(t -> t.get("move").asString())
			.containsExactly("REGISTER", "DISPATCH", "ACCEPT", "START_MEDIATION", "RECORD_AGREEMENT", "CLOSE");
		assertThat(closed.get("timeline").get(4).get("note").asString()).isEqualTo("商家同意退货退款");
		assertThat(closed.get("dueDate").isNull()).isTrue();
		assertThat(events.of(number)).extracting(e -> e.move().name())
			.containsExactly("REGISTER", "DISPATCH", "ACCEPT", "START_MEDIATION", "RECORD_AGREEMENT", "CLOSE");
		assertThat(events.of(number).get(5).to().name()).isEqualTo("CLOSED");
		assertThat(events.of(number).get(5).actor()).isEqualTo("officer");
	}

	@Test
	void refusalNeedsAnN16ReasonAndTerminationAnN23Reason() {
		String number = post("/api/v1/cases", "operator", complaintInDivision("130403")).json().get("number").asString();
		Answer bad = post("/api/v1/cases/" + number + "/refuse", "officer", "{\"reason\":\"DONT_LIKE_IT\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		JsonNode refused = post("/api/v1/cases/" + number + "/refuse", "officer",
				"{\"reason\":\"ALREADY_HANDLED\"}").json();
		assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
		assertThat(refused.get("refusalReason").asString()).isEqualTo("ALREADY_HANDLED");
	}

	@Test
	void anIllegalMoveIsAConflictAndChangesNothing() {
		String number = post("/api/v1/cases", "operator", complaintInDivision("130403")).json().get("number").asString();
		Answer answer = post("/api/v1/cases/" + number + "/record-agreement", "officer", "{\"recoveredAmount\":10}");
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode after = get("/api/v1/cases/" + number, "officer").json();
		assertThat(after.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(after.get("timeline")).hasSize(2);
		assertThat(events.of(number)).hasSize(2);
		assertThat(post("/api/v1/cases/" + number + "/fly-away", "officer", null).status()).isEqualTo(404);
	}

	/** N10: a complaint must hold the complainant's name, phone, address; the respondent's name, address; request; facts. */
	@Test
	void aComplaintMissingTheN10ItemsIsRejectedNamingEveryFieldAndNothingIsStored() {
		long before = count("cases");
		Answer answer = post("/api/v1/cases", "operator", """
				{"type":"COMPLAINT","channel":"HOTLINE","complainant":{"name":"王五","phone":"12345"},
				 "respondent":{"divisionCode":"999999"},"amount":-5,"receivedAt":"yesterday"}""");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asString())
			.containsExactlyInAnyOrder("receivedAt", "complainant.address", "respondent.name", "respondent.address",
					"request", "facts", "complainant.phone", "respondent.divisionCode", "amount");
		assertThat(answer.text()).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(count("cases")).isEqualTo(before);
	}

	@Test
	void malformedJsonAndWrongTypesAreProblemsNotStackTraces() {
		Answer broken = post("/api/v1/cases", "operator", "{\"type\":");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
		Answer wrongType = post("/api/v1/cases", "operator", "{\"type\":\"COMPLAINT\",\"amount\":\"lots\"}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("amount");
		Answer badEnum = post("/api/v1/cases", "operator", "{\"type\":\"PRAISE\",\"channel\":\"PIGEON\"}");
		assertThat(badEnum.json().get("errors")).extracting(e -> e.get("field").asString())
			.containsExactlyInAnyOrder("type", "channel");
	}

	@Test
	void aConsultationAnsweredAtIntakeIsClosed() {
		JsonNode c = post("/api/v1/cases", "operator", """
				{"type":"CONSULTATION","channel":"HOTLINE","request":"网购商品七天无理由退货怎么算？",
				 "answer":"依照消费者权益保护法第二十五条，自收到商品之日起七日内退货，无需说明理由。"}""").json();
		assertThat(c.get("status").asString()).isEqualTo("CLOSED");
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD12315");
		assertThat(c.get("timeline")).extracting(t -> t.get("move").asString()).containsExactly("REGISTER", "ANSWER");
		assertThat(c.get("deadlines")).isEmpty();
	}

	/** N9: 同时提出投诉和举报...应当按照本办法规定的程序对投诉和举报予以分别处理. */
	@Test
	void aMixedSubmissionIsSplitIntoALinkedComplaintAndReport() {
		JsonNode complaint = post("/api/v1/cases", "operator", """
				{"type":"COMPLAINT","channel":"HOTLINE",
				 "complainant":{"name":"赵六","phone":"13700001111","address":"邯郸市邯山区"},
				 "respondent":{"name":"邯山某超市","address":"邯山区陵西大街","divisionCode":"130402"},
				 "request":"退一赔三","facts":"买到过期牛奶","reportFacts":"该超市货架上仍有大量过期牛奶在售"}""").json();
		String reportNumber = complaint.get("linkedCaseNumber").asString();
		assertThat(reportNumber).startsWith("JB");
		JsonNode report = get("/api/v1/cases/" + reportNumber, "operator").json();
		// N37: every view of a reporter's identity is recorded
		assertThat(jdbc.sql("select username from reporter_identity_view where case_number = ?").param(reportNumber)
			.query(String.class).list()).containsExactly("operator");
		assertThat(report.get("type").asString()).isEqualTo("REPORT");
		assertThat(report.get("linkedCaseNumber").asString()).isEqualTo(complaint.get("number").asString());
		assertThat(report.get("facts").asString()).contains("货架上仍有大量过期牛奶");
		assertThat(report.get("handlingUnit").get("code").asString()).isEqualTo("HD130402");
		assertThat(report.get("deadlines").get(0).get("step").asString()).isEqualTo("VERIFICATION");
	}

	/** N27: a suspected violation found while mediating opens a linked verification of 15 working days. */
	@Test
	void aViolationFoundDuringMediationOpensALinkedReport() {
		String number = post("/api/v1/cases", "operator", complaintInDivision("130403")).json().get("number").asString();
		post("/api/v1/cases/" + number + "/accept", "officer", null);
		Answer split = post("/api/v1/cases/" + number + "/split-report", "officer",
				"{\"facts\":\"调解中发现该店无照经营\",\"conductDivisionCode\":\"130403\"}");
		assertThat(split.status()).isEqualTo(201);
		assertThat(split.json().get("linkedCaseNumber").asString()).isEqualTo(number);
		assertThat(get("/api/v1/cases/" + number, "officer").json().get("linkedCaseNumber").asString())
			.isEqualTo(split.json().get("number").asString());
	}

	/** The codebook is data with stable keys: assigned at intake, corrected by the officer, unknown keys refused. */
	@Test
	void categoriesAreAssignedAtIntakeAndCorrectedByTheOfficer() {
		String body = complaintInDivision("130403").replace("\"amount\":2999", "\"amount\":2999,\"category\":\"G127\",\"issue\":\"I01\"");
		JsonNode c = post("/api/v1/cases", "operator", body).json();
		assertThat(c.get("category").asString()).isEqualTo("G127");
		assertThat(c.get("issue").asString()).isEqualTo("I01");
		String number = c.get("number").asString();
		JsonNode corrected = post("/api/v1/cases/" + number + "/categorize", "officer",
				"{\"category\":\"G101\",\"issue\":\"I12\",\"note\":\"实为食品售后问题\"}").json();
		assertThat(corrected.get("category").asString()).isEqualTo("G101");
		assertThat(corrected.get("issue").asString()).isEqualTo("I12");
		assertThat(corrected.get("status").asString()).isEqualTo("DISPATCHED");
		Answer unknown = post("/api/v1/cases/" + number + "/categorize", "officer", "{\"category\":\"I12\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("category");
		long before = count("cases");
		Answer bad = post("/api/v1/cases", "operator", complaintInDivision("130403").replace("\"amount\":2999",
				"\"amount\":2999,\"category\":\"X999\",\"issue\":\"R01\""));
		assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
			.containsExactlyInAnyOrder("category", "issue");
		assertThat(count("cases")).isEqualTo(before);
	}

	@Test
	void serviceDocumentsAndHealthAreServed() {
		assertThat(get("/actuator/health", null).text()).contains("UP");
		Answer docs = get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/cases")).isTrue();
		assertThat(docs.json().get("paths").has("/api/v1/cases/{number}/{move}")).isTrue();
	}
}
