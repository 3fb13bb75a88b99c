package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Feedback out, through the transactional outbox, to a real HTTP receiver that checks every signature and processes
 * each idempotency key once: the moves a partner's rule asks for reach it signed and in order per case; a partner that
 * is down for a while loses nothing and gets everything, in order, once it is back; a message that failed for good
 * waits for a person's retry; every attempt is logged and shown.
 */
class FeedbackDeliveryIntegrationTests extends ExchangeTestSupport {

	static final String PARTNER = "TPFB";

	PartnerReceiver receiver;

	String token;

	@BeforeEach
	void partner() {
		receiver = PartnerReceiver.start(SECRET);
		partnerUnit(PARTNER, "测试12345热线（反馈）");
		assertThat(connect(PARTNER, receiver.url(), null).status()).isEqualTo(200);
		token = token(PARTNER);
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	String transferIn(String partnerOrderNumber) {
		Answer a = signedPost("/api/v1/exchange/work-orders", token, SECRET,
				workOrder(partnerOrderNumber, complaintInCongtai()));
		assertThat(a.status()).as(a.text()).isEqualTo(201);
		return a.json().get("number").asString();
	}

	@Test
	void thePartnerHearsTheDecisionTheEndOfMediationAndClosureSignedAndInOrder() {
		String number = transferIn("FB-" + UUID.randomUUID());
		post("/api/v1/cases/" + number + "/accept", "officer", null);
		post("/api/v1/cases/" + number + "/start-mediation", "officer", null);
		post("/api/v1/cases/" + number + "/record-agreement", "officer", "{\"recoveredAmount\": 2999.00}");
		post("/api/v1/cases/" + number + "/close", "officer", "{\"note\":\"已退货退款\"}");

		PartnerReceiver.await("3 messages", Duration.ofSeconds(20), () -> receiver.processedFor(number).size() == 3);

		List<PartnerReceiver.Message> messages = receiver.processedFor(number);
		// start-mediation is not in the default rule; registration is answered by the inbound request itself
		assertThat(messages).extracting(PartnerReceiver.Message::type)
			.containsExactly("case.accept", "case.record-agreement", "case.close");
		assertThat(messages).extracting(PartnerReceiver.Message::sequence).containsExactly(1, 2, 3);
		JsonNode agreed = messages.get(1).body();
		assertThat(agreed.get("partnerOrderNumber").asString()).startsWith("FB-");
		assertThat(agreed.get("status").asString()).isEqualTo("MEDIATED");
		assertThat(agreed.get("handlingUnit").get("code").asString()).isEqualTo("HD130403");
		assertThat(agreed.get("result").get("recoveredAmount").decimalValue()).isEqualByComparingTo("2999");
		assertThat(messages.get(2).body().get("note").asString()).isEqualTo("已退货退款");
		assertThat(messages.get(2).body().get("id").asString()).isEqualTo(messages.get(2).key());
		assertThat(receiver.badSignatures()).isZero();
		awaitDelivered(number);
		// each attempt is logged and visible, on the API and on the case's panel
		JsonNode logged = get("/api/v1/exchange/cases/" + number + "/deliveries", "officer").json();
		assertThat(logged).hasSize(3);
		assertThat(logged).allSatisfy(m -> {
			assertThat(m.get("status").asString()).isEqualTo("DELIVERED");
			assertThat(m.get("attemptLog")).hasSize(1);
			assertThat(m.get("attemptLog").get(0).get("httpStatus").asInt()).isEqualTo(200);
		});
	}

	@Test
	void aRefusalCarriesItsN16ReasonAndTheArticle39Routes() {
		String number = transferIn("FB-" + UUID.randomUUID());
		post("/api/v1/cases/" + number + "/refuse", "officer", "{\"reason\":\"OVER_THREE_YEARS\"}");

		PartnerReceiver.await("the refusal", Duration.ofSeconds(20), () -> receiver.processedFor(number).size() == 1);

		JsonNode refused = receiver.processedFor(number).get(0).body();
		assertThat(refused.get("type").asString()).isEqualTo("case.refuse");
		assertThat(refused.get("status").asString()).isEqualTo("REFUSED");
		assertThat(refused.get("reason").asString()).isEqualTo("OVER_THREE_YEARS");
		assertThat(refused.get("result").get("refusalReason").asString()).isEqualTo("OVER_THREE_YEARS");
		assertThat(refused.get("note").asString()).contains("第三十九条");
	}

	@Test
	void aPartnerDownForAWhileLosesNothingAndGetsEverythingInOrderOnceBack() {
		receiver.down(503);
		String first = transferIn("FB-" + UUID.randomUUID());
		String second = transferIn("FB-" + UUID.randomUUID());
		for (String number : List.of(first, second)) {
			post("/api/v1/cases/" + number + "/accept", "officer", null);
			post("/api/v1/cases/" + number + "/terminate-mediation", "officer", "{\"reason\":\"PARTY_REFUSED\"}");
			post("/api/v1/cases/" + number + "/close", "officer", null);
		}
		// down: the first message of each case is tried and retried; the later ones wait behind it
		PartnerReceiver.await("two failed rounds", Duration.ofSeconds(20), () -> receiver.refused() >= 4);
		assertThat(receiver.processedFor(first)).isEmpty();
		assertThat(receiver.processedFor(second)).isEmpty();
		for (String number : List.of(first, second)) {
			JsonNode pending = get("/api/v1/exchange/deliveries?status=PENDING&caseNumber=" + number, "dispatcher").json();
			assertThat(pending).hasSize(3);
			assertThat(pending).filteredOn(m -> m.get("sequence").asInt() > 1).allSatisfy(m -> {
				assertThat(m.get("waitingForEarlier").asBoolean()).isTrue();
				assertThat(m.get("attempts").asInt()).isZero();
			});
			assertThat(pending).filteredOn(m -> m.get("sequence").asInt() == 1)
				.singleElement()
				.satisfies(m -> assertThat(m.get("lastStatus").asInt()).isEqualTo(503));
		}

		receiver.up();

		PartnerReceiver.await("all six", Duration.ofSeconds(30),
				() -> receiver.processedFor(first).size() + receiver.processedFor(second).size() == 6);
		for (String number : List.of(first, second)) {
			assertThat(receiver.processedFor(number)).extracting(PartnerReceiver.Message::type)
				.containsExactly("case.accept", "case.terminate-mediation", "case.close");
			awaitDelivered(number);
			JsonNode firstMessage = get("/api/v1/exchange/cases/" + number + "/deliveries", "dispatcher").json().get(0);
			assertThat(firstMessage.get("attemptLog").size()).isGreaterThan(1);
			assertThat(firstMessage.get("attemptLog").get(0).get("httpStatus").asInt()).isEqualTo(503);
		}
		assertThat(receiver.processed()).allSatisfy(m -> assertThat(receiver.timesSeen(m.key())).isEqualTo(1));
	}

	@Test
	void aMessageThatFailedForGoodWaitsForAPersonsRetry() {
		receiver.down(500);
		String number = transferIn("FB-" + UUID.randomUUID());
		post("/api/v1/cases/" + number + "/accept", "officer", null);
		post("/api/v1/cases/" + number + "/terminate-mediation", "officer", "{\"reason\":\"NO_AGREEMENT_POSSIBLE\"}");
		long id = jdbc.sql("select id from exchange_outbox where case_number = ? and sequence = 1").param(number)
			.query(Long.class)
			.single();
		// its retry period ran out: the next failure marks it FAILED
		jdbc.sql("update exchange_outbox set give_up_at = now() where id = ?").param(id).update();
		PartnerReceiver.await("FAILED", Duration.ofSeconds(20),
				() -> "FAILED".equals(get("/api/v1/exchange/deliveries/" + id, "dispatcher").json().get("status").asString()));
		assertThat(get("/api/v1/exchange/deliveries?status=FAILED&caseNumber=" + number, "leader").json()).hasSize(1);
		receiver.up();

		Answer byOfficer = post("/api/v1/exchange/deliveries/" + id + "/retry", "officer", null);
		Answer byDispatcher = post("/api/v1/exchange/deliveries/" + id + "/retry", "dispatcher", null);

		assertThat(byOfficer.status()).isEqualTo(403);
		assertThat(byDispatcher.status()).isEqualTo(200);
		PartnerReceiver.await("both, in order", Duration.ofSeconds(20), () -> receiver.processedFor(number).size() == 2);
		assertThat(receiver.processedFor(number)).extracting(PartnerReceiver.Message::type)
			.containsExactly("case.accept", "case.terminate-mediation");
		assertThat(post("/api/v1/exchange/deliveries/" + id + "/retry", "dispatcher", null).status()).isEqualTo(409);
	}

	@Test
	void aPartnersRuleDecidesWhatItHears() {
		assertThat(connect(PARTNER, receiver.url(), "\"notifyOn\":[\"DISPATCH\",\"START_MEDIATION\"]").status())
			.isEqualTo(200);
		String number = transferIn("FB-" + UUID.randomUUID());
		post("/api/v1/cases/" + number + "/accept", "officer", null);
		post("/api/v1/cases/" + number + "/start-mediation", "officer", null);

		PartnerReceiver.await("2 messages", Duration.ofSeconds(20), () -> receiver.processedFor(number).size() == 2);
		assertThat(receiver.processedFor(number)).extracting(PartnerReceiver.Message::type)
			.containsExactly("case.dispatch", "case.start-mediation");
		Answer badRule = connect(PARTNER, receiver.url(), "\"notifyOn\":[\"REGISTER\",\"FLY\"],\"feedbackWorkingDays\":0");
		assertThat(badRule.status()).isEqualTo(400);
	}

	@Test
	void aDisabledPartnersMessagesWaitUntilItIsEnabledAgain() {
		String number = transferIn("FB-" + UUID.randomUUID());
		assertThat(connect(PARTNER, receiver.url(), "\"enabled\":false").status()).isEqualTo(200);
		post("/api/v1/cases/" + number + "/accept", "officer", null);
		Answer disabled = signedPost("/api/v1/exchange/work-orders", token, SECRET,
				workOrder("FB-" + UUID.randomUUID(), complaintInCongtai()));
		assertThat(disabled.status()).isEqualTo(403);
		sleep(1500);
		assertThat(receiver.processedFor(number)).isEmpty();

		connect(PARTNER, receiver.url(), "\"enabled\":true");
		signal.signal();

		PartnerReceiver.await("the acceptance", Duration.ofSeconds(20), () -> receiver.processedFor(number).size() == 1);
	}

	void awaitDelivered(String number) {
		PartnerReceiver.await("delivered " + number, Duration.ofSeconds(20), () -> jdbc
			.sql("select count(*) from exchange_outbox where case_number = ? and status <> 'DELIVERED'")
			.param(number)
			.query(Long.class)
			.single() == 0);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
