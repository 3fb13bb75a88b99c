package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.redshield.intake.CaseJson;

import tools.jackson.databind.JsonNode;

/**
 * Transfers out (转办、移送): what is not a market-regulation matter goes back to the partner it came from, another
 * jurisdiction's matter to the partner covering that division, suspected fraud or extortion to the police (N42) — each
 * the same signed, outboxed way, the case in the shape of an inbound work order — and the partners' answers come back
 * onto the case's timeline, once per reply id.
 */
class TransferIntegrationTests extends ExchangeTestSupport {

	static final String HOTLINE = "TPTR";

	static final String POLICE = "TPPOL";

	static final String BEIJING = "TPBJ";

	PartnerReceiver hotline;

	PartnerReceiver police;

	PartnerReceiver beijing;

	@BeforeEach
	void partners() {
		hotline = PartnerReceiver.start(SECRET);
		police = PartnerReceiver.start(SECRET);
		beijing = PartnerReceiver.start(SECRET);
		partnerUnit(HOTLINE, "测试12345（转办）");
		partnerUnit(POLICE, "测试公安110");
		partnerUnit(BEIJING, "测试北京市12315");
		connect(HOTLINE, hotline.url(), null);
		connect(POLICE, police.url(), null);
		connect(BEIJING, beijing.url(), "\"transferDivisions\":[\"11\"]");
	}

	@AfterEach
	void close() {
		hotline.close();
		police.close();
		beijing.close();
	}

	@Test
	void aWorkOrderThatIsNoMarketRegulationMatterGoesBackToItsPartnerAsOneMessage() {
		String token = token(HOTLINE);
		Answer in = signedPost("/api/v1/exchange/work-orders", token, SECRET, workOrder("TR-" + UUID.randomUUID(), """
				{"type":"HELP","complainant":{"name":"李四","phone":"13912345678","address":"邯郸市"},
				 "request":"小区停水三天，物业不处理"}"""));
		String number = in.json().get("number").asString();
		assertThat(in.json().get("status").asString()).isEqualTo("REGISTERED");

		Answer out = post("/api/v1/cases/" + number + "/transfer-out", "dispatcher",
				"{\"unitCode\":\"" + HOTLINE + "\",\"note\":\"不属于市场监管职责，退回12345转住建部门\"}");

		assertThat(out.status()).as(out.text()).isEqualTo(200);
		PartnerReceiver.await("the return", Duration.ofSeconds(20), () -> hotline.processedFor(number).size() == 1);
		sleep(500);
		assertThat(hotline.processedFor(number)).hasSize(1);
		JsonNode message = hotline.processedFor(number).get(0).body();
		assertThat(message.get("type").asString()).isEqualTo("case.transfer-out");
		assertThat(message.get("status").asString()).isEqualTo("TRANSFERRED_OUT");
		assertThat(message.get("note").asString()).contains("住建部门");
		assertThat(message.get("transferTarget").get("code").asString()).isEqualTo(HOTLINE);
		assertThat(message.get("workOrder").get("case").get("request").asString()).isEqualTo("小区停水三天，物业不处理");
	}

	@Test
	void anotherCitysMatterGoesToThePartnerCoveringItsDivision() {
		String number = post("/api/v1/cases", "operator", CaseJson.complaintInDivision("110105")).json()
			.get("number")
			.asString();
		assertThat(get("/api/v1/cases/" + number, "dispatcher").json().get("status").asString())
			.isEqualTo("PENDING_TRANSFER_OUT");

		post("/api/v1/cases/" + number + "/transfer-out", "dispatcher", "{\"note\":\"被投诉人在北京市朝阳区\"}");

		PartnerReceiver.await("the transfer", Duration.ofSeconds(20), () -> beijing.processedFor(number).size() == 1);
		JsonNode message = beijing.processedFor(number).get(0).body();
		assertThat(message.get("type").asString()).isEqualTo("work-order.transfer");
		assertThat(message.get("transferDivisionCode").asString()).isEqualTo("110105");
		assertThat(message.get("from").get("code").asString()).isEqualTo("HD12315");
		JsonNode workOrder = message.get("workOrder");
		assertThat(workOrder.get("partnerOrderNumber").asString()).isEqualTo(number);
		assertThat(workOrder.get("case").get("complainant").get("phone").asString()).isEqualTo("13800138000");
		assertThat(workOrder.get("case").get("respondent").get("divisionCode").asString()).isEqualTo("110105");
		assertThat(message.get("replyTo").asString()).isEqualTo("/api/v1/exchange/cases/" + number + "/replies");
	}

	@Test
	void suspectedExtortionGoesToThePoliceWhoseAnswerComesBackOntoTheCase() {
		String number = post("/api/v1/cases", "operator", CaseJson.report("""
				{"name":"丛台某商行","address":"邯郸市丛台区","divisionCode":"130403"}""", "130403")).json()
			.get("number")
			.asString();
		post("/api/v1/cases/" + number + "/start-verification", "officer", null);
		Answer moved = post("/api/v1/cases/" + number + "/transfer-report", "officer",
				"{\"unitCode\":\"" + POLICE + "\",\"note\":\"举报人以举报相要挟索要钱财，涉嫌敲诈勒索（N42）\"}");
		assertThat(moved.status()).as(moved.text()).isEqualTo(200);

		PartnerReceiver.await("the transfer", Duration.ofSeconds(20), () -> police.processedFor(number).size() == 1);
		JsonNode message = police.processedFor(number).get(0).body();
		assertThat(message.get("type").asString()).isEqualTo("work-order.transfer");
		assertThat(message.get("move").asString()).isEqualTo("TRANSFER_REPORT");
		assertThat(message.get("note").asString()).contains("敲诈勒索");

		String token = token(POLICE);
		String reply = "{\"replyId\":\"110-REPLY-1\",\"text\":\"已受案，由丛台分局核查\"}";
		Answer first = signedPost("/api/v1/exchange/cases/" + number + "/replies", token, SECRET, reply);
		Answer again = signedPost("/api/v1/exchange/cases/" + number + "/replies", token, SECRET, reply);
		Answer unsigned = signedPost("/api/v1/exchange/cases/" + number + "/replies", token, null, reply);
		Answer empty = signedPost("/api/v1/exchange/cases/" + number + "/replies", token, SECRET, "{\"kind\":\"X\"}");
		String otherCase = post("/api/v1/cases", "operator", CaseJson.complaintInDivision("130403")).json()
			.get("number")
			.asString();
		Answer notItsCase = signedPost("/api/v1/exchange/cases/" + otherCase + "/replies", token, SECRET, reply);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("status").asString()).isEqualTo("duplicate");
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(notItsCase.status()).isEqualTo(404);
		JsonNode timeline = get("/api/v1/cases/" + number, "officer").json().get("timeline");
		assertThat(timeline).filteredOn(t -> t.get("move").asString().equals("NOTE"))
			.singleElement()
			.satisfies(t -> {
				assertThat(t.get("note").asString()).isEqualTo("【测试公安110答复】已受案，由丛台分局核查");
				assertThat(t.get("actor").asString()).isEqualTo("partner-" + POLICE);
			});
	}

	@Test
	void aReminderFromTheSourcePartnerIsNotEchoedBackButOtherNotesAreForwardedWhenItsRuleAsks() {
		connect(HOTLINE, hotline.url(), "\"notifyOn\":[\"NOTE\"]");
		String token = token(HOTLINE);
		String number = signedPost("/api/v1/exchange/work-orders", token, SECRET,
				workOrder("TR-" + UUID.randomUUID(), complaintInCongtai())).json().get("number").asString();

		Answer reminder = signedPost("/api/v1/exchange/cases/" + number + "/replies", token, SECRET,
				"{\"replyId\":\"R-1\",\"kind\":\"REMINDER\",\"text\":\"群众再次来电催办\"}");
		assertThat(reminder.status()).isEqualTo(201);
		Answer note = post("/api/v1/cases/" + number + "/note", "officer", "{\"note\":\"已电话联系商家\"}");
		assertThat(note.status()).isEqualTo(200);

		PartnerReceiver.await("the officer's note", Duration.ofSeconds(20), () -> hotline.processedFor(number).size() == 1);
		sleep(500);
		assertThat(hotline.processedFor(number)).singleElement()
			.satisfies(m -> assertThat(m.body().get("note").asString()).isEqualTo("已电话联系商家"));
	}

	static void sleep(long millis) {
		FeedbackDeliveryIntegrationTests.sleep(millis);
	}
}
