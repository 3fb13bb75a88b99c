package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.redshield.shared.ChinaTime;

import tools.jackson.databind.JsonNode;

/**
 * Partners as units with their settings: an admin connects one (a signing secret generated and shown once when none
 * is given, never shown again), rotates its secret, and reads its rule; other roles read, only admins write. And the
 * partner's feedback date: when it arrives before the case is finished, an interim notice goes out once.
 */
class PartnerSettingsIntegrationTests extends ExchangeTestSupport {

	@Autowired
	InterimFeedback interim;

	@Test
	void anAdminConnectsAPartnerWhoseSecretIsShownOnceAndRotated() {
		partnerUnit("TPSET", "测试市长热线");
		assertThat(get("/api/v1/partners/TPSET", "dispatcher").json().get("configured").asBoolean()).isFalse();

		Answer connected = put("/api/v1/partners/TPSET", "admin", """
				{"callbackUrl":"https://mayor.example.gov.cn/12315/feedback","feedbackWorkingDays":5,
				 "notifyOn":["ACCEPT","CLOSE"],"transferDivisions":["1304"]}""");
		String secret = connected.json().get("signingSecret").asString();
		JsonNode read = get("/api/v1/partners/TPSET", "leader").json();
		Answer rotated = post("/api/v1/partners/TPSET/signing-secret", "admin", null);

		assertThat(connected.status()).isEqualTo(200);
		assertThat(secret).startsWith("rss_").hasSizeGreaterThan(40);
		assertThat(read.get("configured").asBoolean()).isTrue();
		assertThat(read.get("signingSecretSet").asBoolean()).isTrue();
		assertThat(read.has("signingSecret")).isFalse();
		assertThat(read.get("feedbackWorkingDays").asInt()).isEqualTo(5);
		assertThat(read.get("notifyOn")).extracting(JsonNode::asString).containsExactly("ACCEPT", "CLOSE");
		assertThat(read.get("transferDivisions")).extracting(JsonNode::asString).containsExactly("1304");
		assertThat(rotated.status()).isEqualTo(201);
		assertThat(rotated.json().get("signingSecret").asString()).isNotEqualTo(secret);
		assertThat(partners.get("TPSET").signingSecret()).isEqualTo(rotated.json().get("signingSecret").asString());
		// a PUT without a secret keeps the current one and shows none
		Answer again = put("/api/v1/partners/TPSET", "admin", "{\"feedbackWorkingDays\":7}");
		assertThat(again.json().has("signingSecret")).isFalse();
		assertThat(partners.get("TPSET").signingSecret()).isEqualTo(rotated.json().get("signingSecret").asString());
		assertThat(get("/api/v1/partners", "dispatcher").json()).extracting(p -> p.get("unitCode").asString())
			.contains("HD12345", "HD110", "TPSET");
	}

	@Test
	void anAdminPingsAPartnersCallbackWithASignedTestMessage() {
		partnerUnit("TPPING", "测试连通性");
		try (PartnerReceiver receiver = PartnerReceiver.start(SECRET)) {
			connect("TPPING", receiver.url(), null);
			JsonNode up = post("/api/v1/partners/TPPING/ping", "admin", null).json();
			receiver.down(502);
			JsonNode down = post("/api/v1/partners/TPPING/ping", "admin", null).json();

			assertThat(up.get("delivered").asBoolean()).isTrue();
			assertThat(up.get("httpStatus").asInt()).isEqualTo(200);
			assertThat(receiver.processed()).singleElement().satisfies(m -> assertThat(m.type()).isEqualTo("ping"));
			assertThat(down.get("delivered").asBoolean()).isFalse();
			assertThat(down.get("httpStatus").asInt()).isEqualTo(502);
			assertThat(post("/api/v1/partners/TPPING/ping", "dispatcher", null).status()).isEqualTo(403);
		}
	}

	@Test
	void onlyAdminsChangePartnersAndBadSettingsAre400s() {
		partnerUnit("TPSET2", "测试12331热线");
		Answer byDispatcher = put("/api/v1/partners/TPSET2", "dispatcher", "{}");
		Answer bad = put("/api/v1/partners/TPSET2", "admin", """
				{"callbackUrl":"ftp://x","signingSecret":"short","feedbackWorkingDays":99,"transferDivisions":["abc"]}""");
		Answer notAPartner = put("/api/v1/partners/HD130403", "admin", "{}");

		assertThat(byDispatcher.status()).isEqualTo(403);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors")).extracting(e -> e.get("field").asString())
			.containsExactlyInAnyOrder("callbackUrl", "signingSecret", "feedbackWorkingDays", "transferDivisions");
		assertThat(notAPartner.status()).isEqualTo(404);
		assertThat(get("/api/v1/partners/TPSET2", "officer").status()).isEqualTo(403);
	}

	@Test
	void whenTheFeedbackDateArrivesBeforeTheCaseIsFinishedThePartnerGetsAnInterimNoticeOnce() {
		partnerUnit("TPINT", "测试12345（阶段性反馈）");
		try (PartnerReceiver receiver = PartnerReceiver.start(SECRET)) {
			connect("TPINT", receiver.url(), "\"notifyOn\":[\"CLOSE\"]");
			LocalDate today = ChinaTime.dateOf(clock.instant());
			Answer in = signedPost("/api/v1/exchange/work-orders", token("TPINT"), SECRET, """
					{"partnerOrderNumber":"INT-%s","feedbackDueDate":"%s","case":%s}"""
				.formatted(UUID.randomUUID(), today, complaintInCongtai()));
			String number = in.json().get("number").asString();
			post("/api/v1/cases/" + number + "/accept", "officer", null);

			interim.sweep(today);
			interim.sweep(today);

			PartnerReceiver.await("the interim notice", Duration.ofSeconds(20),
					() -> receiver.processedFor(number).size() == 1);
			FeedbackDeliveryIntegrationTests.sleep(500);
			JsonNode notice = receiver.processedFor(number).get(0).body();
			assertThat(receiver.processedFor(number)).hasSize(1);
			assertThat(notice.get("type").asString()).isEqualTo("case.progress");
			assertThat(notice.get("status").asString()).isEqualTo("ACCEPTED");
			assertThat(notice.get("handlingUnit").get("code").asString()).isEqualTo("HD130403");
			assertThat(notice.get("feedbackDueDate").asString()).isEqualTo(today.toString());
		}
	}
}
