package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.redshield.calendar.CalendarService;
import org.redshield.shared.ChinaTime;

import tools.jackson.databind.JsonNode;

/**
 * Work orders in, {@code POST /api/v1/exchange/work-orders}: a partner's token and signature, the case registered
 * with channel TRANSFER, the partner's number and a FEEDBACK deadline and routed like any other; idempotent on the
 * partner's number under 1,000 concurrent replays; a bad signature or an unknown token is a 401 that stores nothing;
 * malformed bodies are 400 problem documents naming each field.
 */
class InboundWorkOrderIntegrationTests extends ExchangeTestSupport {

	static final String PARTNER = "TPIN";

	@org.springframework.beans.factory.annotation.Autowired
	CalendarService calendar;

	String token;

	@BeforeEach
	void partner() {
		partnerUnit(PARTNER, "测试12345热线（来件）");
		connect(PARTNER, "http://127.0.0.1:9/never-called", "\"notifyOn\":[\"CLOSE\"]");
		token = token(PARTNER);
	}

	@Test
	void registersAWorkOrderAsATransferredCaseRoutedLikeAnyOther() {
		Answer created = signedPost("/api/v1/exchange/work-orders", token, SECRET, """
				{"partnerOrderNumber":"GD-2026-000101","feedbackDueDate":"2030-01-31","case":%s}"""
			.formatted(complaintInCongtai()));

		assertThat(created.status()).isEqualTo(201);
		JsonNode c = created.json();
		assertThat(created.location()).endsWith("/api/v1/exchange/work-orders/GD-2026-000101");
		assertThat(c.get("channel").asString()).isEqualTo("TRANSFER");
		assertThat(c.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD130403");
		assertThat(c.get("source").get("partner").get("code").asString()).isEqualTo(PARTNER);
		assertThat(c.get("source").get("partnerOrderNumber").asString()).isEqualTo("GD-2026-000101");
		assertThat(c.get("deadlines")).anySatisfy(d -> {
			assertThat(d.get("step").asString()).isEqualTo("FEEDBACK");
			assertThat(d.get("dueDate").asString()).isEqualTo("2030-01-31");
		});
		// the staff see it like any other case
		assertThat(get("/api/v1/cases/" + c.get("number").asString(), "officer").status()).isEqualTo(200);
		// and the partner can ask where it stands
		Answer status = get("/api/v1/exchange/work-orders/GD-2026-000101", "Bearer " + token);
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.json().get("number").asString()).isEqualTo(c.get("number").asString());
	}

	@Test
	void aWorkOrderWithoutADateIsDueByThePartnersRuleInWorkingDays() {
		String received = "2026-09-30T10:00:00+08:00";
		String body = complaintInCongtai().replace("\"channel\":\"HOTLINE\",",
				"\"channel\":\"HOTLINE\",\"receivedAt\":\"" + received + "\",");
		JsonNode c = signedPost("/api/v1/exchange/work-orders", token, SECRET, workOrder("GD-2026-000102", body)).json();

		// the partner's rule: 10 working days from Wed 30 Sep 2026, across National Day (1-7 Oct off, Sat 10 Oct a
		// swapped workday): 8, 9, 10, 12, 13, 14, 15, 16, 19, 20 Oct
		LocalDate expected = calendar.current().addWorkingDays(LocalDate.of(2026, 9, 30), 10);
		assertThat(expected).isEqualTo(LocalDate.of(2026, 10, 20));
		assertThat(c.get("deadlines")).anySatisfy(d -> {
			assertThat(d.get("step").asString()).isEqualTo("FEEDBACK");
			assertThat(d.get("dueDate").asString()).isEqualTo(expected.toString());
		});
	}

	@Test
	void aReplayMonthsLaterReturnsTheSameCaseAndCreatesNothing() {
		String body = workOrder("GD-2026-000103", complaintInCongtai());
		Answer first = signedPost("/api/v1/exchange/work-orders", token, SECRET, body);
		long cases = count("cases");
		long workOrders = count("exchange_work_order");
		long messages = outboxRows(PARTNER);
		// the case moved on meanwhile
		String number = first.json().get("number").asString();
		post("/api/v1/cases/" + number + "/accept", "officer", null);

		Answer replay = signedPost("/api/v1/exchange/work-orders", token, SECRET, body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.json().get("number").asString()).isEqualTo(number);
		assertThat(replay.json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(count("cases")).isEqualTo(cases);
		assertThat(count("exchange_work_order")).isEqualTo(workOrders);
		assertThat(outboxRows(PARTNER)).isEqualTo(messages);
	}

	@Test
	void oneThousandConcurrentReplaysMakeOneCase() throws Exception {
		String body = workOrder("GD-2026-CONCURRENT", complaintInCongtai());
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String signature = Signatures.sign(SECRET, timestamp, bytes);
		long casesBefore = count("cases");
		ExecutorService threads = Executors.newFixedThreadPool(200);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads).build();
		List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/exchange/work-orders"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("X-RedShield-Timestamp", timestamp)
			.header("X-RedShield-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build();
		java.util.concurrent.atomic.AtomicInteger transportRetries = new java.util.concurrent.atomic.AtomicInteger();
		try {
			for (int i = 0; i < 1000; i++) {
				answers.add(sendRetrying(http, request, 3, transportRetries));
			}
			CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(120, java.util.concurrent.TimeUnit.SECONDS);
		}
		finally {
			threads.shutdownNow();
		}

		List<Integer> statuses = answers.stream().map(f -> f.join().statusCode()).toList();
		assertThat(statuses).hasSize(1000).containsOnly(200, 201);
		assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
		assertThat(answers.stream().map(f -> JSON.readTree(f.join().body()).get("number").asString()).distinct())
			.hasSize(1);
		assertThat(jdbc.sql("select count(*) from cases where source_partner_code = ? and partner_order_number = ?")
			.params(PARTNER, "GD-2026-CONCURRENT")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from exchange_work_order where partner_order_number = ?")
			.param("GD-2026-CONCURRENT")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(count("cases")).isEqualTo(casesBefore + 1);
	}

	@Test
	void anUnknownTokenIsA401AndStoresNothing() {
		long cases = count("cases");
		Answer a = signedPost("/api/v1/exchange/work-orders", "rs_unknown-token-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
				SECRET, workOrder("GD-2026-000104", complaintInCongtai()));

		assertThat(a.status()).isEqualTo(401);
		assertThat(a.contentType()).startsWith("application/problem+json");
		assertThat(count("cases")).isEqualTo(cases);
	}

	@Test
	void aRevokedTokenIsA401() {
		JsonNode issued = post("/api/v1/partners/" + PARTNER + "/tokens", "admin", "{\"name\":\"to revoke\"}").json();
		String revoked = issued.get("token").asString();
		assertThat(send(request("/api/v1/partners/" + PARTNER + "/tokens/" + issued.get("id").asLong(), "admin")
			.DELETE()).status()).isEqualTo(204);
		long cases = count("cases");

		Answer a = signedPost("/api/v1/exchange/work-orders", revoked, SECRET, workOrder("GD-2026-000105",
				complaintInCongtai()));

		assertThat(a.status()).isEqualTo(401);
		assertThat(count("cases")).isEqualTo(cases);
	}

	@Test
	void aBadOrMissingSignatureIsA401AndStoresNothing() {
		long cases = count("cases");
		long workOrders = count("exchange_work_order");
		String body = workOrder("GD-2026-000106", complaintInCongtai());

		Answer wrongSecret = signedPost("/api/v1/exchange/work-orders", token, "another-secret-another-secret-0000",
				body);
		Answer unsigned = signedPost("/api/v1/exchange/work-orders", token, null, body);
		Answer tampered = send(request("/api/v1/exchange/work-orders", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("X-RedShield-Timestamp", "1700000000")
			.header("X-RedShield-Signature", Signatures.sign(SECRET, "1700000000", body.getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body)));

		assertThat(List.of(wrongSecret.status(), unsigned.status(), tampered.status())).containsOnly(401);
		assertThat(wrongSecret.json().get("title").asString()).isEqualTo("Bad signature");
		assertThat(count("cases")).isEqualTo(cases);
		assertThat(count("exchange_work_order")).isEqualTo(workOrders);
	}

	@Test
	void malformedBodiesAre400ProblemsNamingEachFieldAndStoreNothing() {
		long cases = count("cases");

		Answer notJson = signedPost("/api/v1/exchange/work-orders", token, SECRET, "{not json");
		Answer notAnObject = signedPost("/api/v1/exchange/work-orders", token, SECRET, "[1,2]");
		Answer missing = signedPost("/api/v1/exchange/work-orders", token, SECRET, "{\"feedbackDueDate\":\"tomorrow\"}");
		Answer badCase = signedPost("/api/v1/exchange/work-orders", token, SECRET,
				workOrder("GD 2026/7", "{\"type\":\"COMPLAINT\",\"amount\":\"lots\"}"));
		Answer incomplete = signedPost("/api/v1/exchange/work-orders", token, SECRET,
				workOrder("GD-2026-000107", "{\"type\":\"COMPLAINT\",\"complainant\":{\"phone\":\"12\"}}"));
		Answer answered = signedPost("/api/v1/exchange/work-orders", token, SECRET,
				workOrder("GD-2026-000108", "{\"type\":\"CONSULTATION\",\"request\":\"问\",\"answer\":\"答\"}"));

		for (Answer a : List.of(notJson, notAnObject, missing, badCase, incomplete, answered)) {
			assertThat(a.status()).as(a.text()).isEqualTo(400);
			assertThat(a.contentType()).startsWith("application/problem+json");
			assertThat(a.json().get("type").asString()).isEqualTo("urn:redshield:problem:invalid-request");
		}
		assertThat(fields(notJson)).containsExactly("body");
		assertThat(fields(notAnObject)).containsExactly("body");
		assertThat(fields(missing)).containsExactlyInAnyOrder("partnerOrderNumber", "feedbackDueDate", "case");
		assertThat(fields(badCase)).containsExactlyInAnyOrder("partnerOrderNumber", "case.amount");
		assertThat(fields(incomplete)).contains("case.complainant.name", "case.complainant.phone",
				"case.complainant.address", "case.respondent.name", "case.respondent.address", "case.request",
				"case.facts");
		assertThat(fields(answered)).containsExactly("case.answer");
		assertThat(count("cases")).isEqualTo(cases);
	}

	@Test
	void staffCannotPostWorkOrdersAndPartnersCannotReadOtherCases() {
		Answer staff = post("/api/v1/exchange/work-orders", "operator", workOrder("X-1", complaintInCongtai()));
		String number = post("/api/v1/cases", "operator", complaintInCongtai()).json().get("number").asString();

		assertThat(staff.status()).isEqualTo(403);
		assertThat(get("/api/v1/cases/" + number, "Bearer " + token).status()).isEqualTo(404);
		assertThat(get("/api/v1/exchange/work-orders/NOT-MINE", "Bearer " + token).status()).isEqualTo(404);
	}

	@Test
	void anAdminIssuesTheDemoHotlineATokenShownOnce() {
		Answer issued = post("/api/v1/partners/HD12345/tokens", "admin", "{\"name\":\"12345 production\"}");
		Answer byOfficer = post("/api/v1/partners/HD12345/tokens", "officer", null);
		Answer notAPartner = post("/api/v1/partners/HD130403/tokens", "admin", null);

		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.json().get("token").asString()).startsWith("rs_");
		assertThat(get("/api/v1/partners/HD12345/tokens", "admin").json().get("liveTokenIds"))
			.extracting(JsonNode::asLong)
			.contains(issued.json().get("id").asLong());
		assertThat(get("/api/v1/partners/HD12345", "admin").text()).doesNotContain(issued.json().get("token").asString())
			.doesNotContain(partners.get("HD12345").signingSecret());
		assertThat(byOfficer.status()).isEqualTo(403);
		assertThat(notAPartner.status()).isEqualTo(404);
		// the demo's 12345 is connected and its work orders are signed with its secret
		String demo = issued.json().get("token").asString();
		Answer unsigned = signedPost("/api/v1/exchange/work-orders", demo, null, workOrder("HD-1", complaintInCongtai()));
		Answer signed = signedPost("/api/v1/exchange/work-orders", demo, partners.get("HD12345").signingSecret(),
				workOrder("HD-2026-" + System.nanoTime(), complaintInCongtai()));
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(signed.status()).isEqualTo(201);
		assertThat(LocalDate.parse(signed.json().get("receivedAt").asString().substring(0, 10)))
			.isEqualTo(ChinaTime.dateOf(Instant.now()));
	}

	/**
	 * Sends, and sends again when the connection broke without an answer (the server closes a kept-alive connection
	 * after 100 requests while the client may be reusing it): what a partner's client does, and one more replay.
	 */
	private static CompletableFuture<HttpResponse<String>> sendRetrying(HttpClient http, HttpRequest request,
			int attempts, java.util.concurrent.atomic.AtomicInteger retries) {
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
			if (error == null) {
				return CompletableFuture.completedFuture(response);
			}
			if (attempts <= 1) {
				return CompletableFuture.<HttpResponse<String>>failedFuture(error);
			}
			retries.incrementAndGet();
			return sendRetrying(http, request, attempts - 1, retries);
		}).thenCompose(f -> f);
	}

	private static List<String> fields(Answer a) {
		List<String> fields = new ArrayList<>();
		a.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}
}
