package org.redshield.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redshield.intake.CaseJson.complaintInDivision;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.redshield.IntegrationTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Who may see and do what: HTTP Basic and bearer tokens, data scopes by unit subtree (404 outside), masked personal
 * data in lists.
 */
class AccessIntegrationTests extends IntegrationTestSupport {

	@Test
	void aTokenIsIssuedOnceStoredHashedAuthenticatesAndCanBeRevoked() {
		Answer issued = post("/api/v1/tokens", "operator", "{\"name\":\"bench\"}");
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json().get("token").asString();
		assertThat(token).startsWith("rs_").hasSizeGreaterThan(40);
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = sha256(convert_to(?, 'UTF8'))")
			.param(token).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from api_token where encode(token_hash, 'escape') like ?")
			.param("%" + token + "%").query(Long.class).single()).isZero();
		Answer created = post("/api/v1/cases", "Bearer " + token, complaintInDivision("130403"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("timeline").get(0).get("actor").asString()).isEqualTo("operator");
		assertThat(get("/api/v1/tokens", "Bearer " + token).text()).doesNotContain(token);
		long id = issued.json().get("id").asLong();
		assertThat(send(request("/api/v1/tokens/" + id, "operator").DELETE()).status()).isEqualTo(204);
		assertThat(get("/api/v1/cases", "Bearer " + token).status()).isEqualTo(401);
	}

	@Test
	void noCredentialsOrBadOnesAreRefusedWith401() {
		assertThat(get("/api/v1/cases", null).status()).isEqualTo(401);
		assertThat(get("/api/v1/cases", "Bearer rs_forged").status()).isEqualTo(401);
		Answer wrongPassword = send(request("/api/v1/cases", null).header("Authorization", "Basic b3BlcmF0b3I6bm8="));
		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
	}

	@Test
	void anOfficerSeesOnlyCasesOfItsUnitAndBelow() {
		String inCongtai = post("/api/v1/cases", "operator", complaintInDivision("130403")).json().get("number")
			.asString();
		String inWuan = post("/api/v1/cases", "operator", complaintInDivision("130481")).json().get("number").asString();
		assertThat(get("/api/v1/cases/" + inCongtai, "officer").status()).isEqualTo(200);
		assertThat(get("/api/v1/cases/" + inWuan, "officer").status()).isEqualTo(404);
		assertThat(post("/api/v1/cases/" + inWuan + "/accept", "officer", null).status()).isEqualTo(404);
		assertThat(get("/api/v1/cases/" + inWuan, "officer2").status()).isEqualTo(200);
		assertThat(get("/api/v1/cases/" + inWuan, "leader").status()).isEqualTo(200);
		JsonNode queue = get("/api/v1/cases?limit=500", "officer").json();
		assertThat(queue).extracting(c -> c.get("handlingUnitCode").asString()).allMatch(u -> u.startsWith("HD130403"));
		assertThat(queue).extracting(c -> c.get("number").asString()).contains(inCongtai).doesNotContain(inWuan);
	}

	@Test
	void listsMaskPhoneNumbersAndNames() {
		post("/api/v1/cases", "operator", complaintInDivision("130403"));
		JsonNode queue = get("/api/v1/cases", "operator").json();
		assertThat(queue.size()).isPositive();
		Pattern masked = Pattern.compile("\\d{3}\\*{4}\\d{4}");
		for (JsonNode c : queue) {
			if (!c.get("complainantPhone").isNull()) {
				assertThat(c.get("complainantPhone").asString()).matches(masked);
			}
		}
		assertThat(get("/api/v1/cases", "operator").text()).doesNotContain("13800138000").contains("138****8000");
	}

	@Test
	void anOperatorMayRegisterButNotDecide() {
		String number = post("/api/v1/cases", "operator", complaintInDivision("130403")).json().get("number").asString();
		assertThat(post("/api/v1/cases/" + number + "/accept", "operator", null).status()).isEqualTo(403);
		assertThat(post("/api/v1/cases", "admin", complaintInDivision("130403")).status()).isEqualTo(403);
	}

	@Test
	void supervisorsListOverdueCasesOnly() {
		post("/api/v1/cases", "operator", """
				{"type":"COMPLAINT","channel":"LETTER","receivedAt":"2026-08-03T09:00:00+08:00",
				 "complainant":{"name":"孙八","phone":"13611113333","address":"武安市"},
				 "respondent":{"name":"武安某店","address":"武安市","divisionCode":"130481"},
				 "request":"退款","facts":"未发货"}""");
		JsonNode overdue = get("/api/v1/cases?urgency=OVERDUE&limit=500", "leader").json();
		assertThat(overdue.size()).isPositive();
		assertThat(overdue).allMatch(c -> c.get("overdue").asBoolean());
		JsonNode soon = get("/api/v1/cases?urgency=DUE_SOON&limit=500", "leader").json();
		assertThat(soon).allMatch(c -> c.get("dueSoon").asBoolean());
		assertThat(get("/api/v1/cases?urgency=LATE", "leader").status()).isEqualTo(400);
	}

	@Test
	void theQueueListsOverdueAndDueSoonFirst() {
		// a letter received weeks ago: its acceptance deadline has passed
		post("/api/v1/cases", "operator", """
				{"type":"COMPLAINT","channel":"LETTER","receivedAt":"2026-09-01T09:00:00+08:00",
				 "complainant":{"name":"钱七","phone":"13611112222","address":"丛台区"},
				 "respondent":{"name":"丛台某店","address":"丛台区","divisionCode":"130403"},
				 "request":"退款","facts":"未发货"}""");
		JsonNode queue = get("/api/v1/cases?limit=500", "officer").json();
		JsonNode first = queue.get(0);
		assertThat(first.get("overdue").asBoolean()).isTrue();
		assertThat(first.get("workingDaysLeft").asInt()).isNegative();
		String previous = "";
		for (JsonNode c : queue) {
			if (!c.get("dueDate").isNull()) {
				assertThat(c.get("dueDate").asString()).isGreaterThanOrEqualTo(previous);
				previous = c.get("dueDate").asString();
			}
		}
	}
}
