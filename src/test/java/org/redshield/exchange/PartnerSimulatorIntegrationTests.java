package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's loop, as a new user sees it in the console: the simulated 12345 (connected to the platform's own
 * callback with the demo city) sends work orders over the open API, each becomes a case routed to its bureau, and the
 * signed feedback of every move comes back to it; its replay makes nothing new; taken down, it gets its messages in
 * order once back; the simulated 110 receives a transfer and answers onto the case. The deliveries console page and the
 * case page's panel show the messages.
 */
class PartnerSimulatorIntegrationTests extends ExchangeTestSupport {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	PartnerSimulator simulator;

	@Test
	void theSimulated12345SeesItsWorkOrdersHandledAndHearsBackSigned() throws Exception {
		assertThat(simulator.enabled()).isTrue();
		assertThat(partners.get("HD12345").callbackUrl()).isEqualTo("/simulator/HD12345/callback");
		Console dispatcher = new Console("dispatcher");
		long receivedBefore = count("exchange_simulator_received");

		String page = dispatcher.get("/exchange/simulator");
		assertThat(page).contains("模拟 12345 热线");
		dispatcher.post("/exchange/simulator/send", "");

		List<PartnerSimulator.Sent> sent = simulator.sent(4);
		assertThat(sent).hasSize(4).allSatisfy(s -> {
			assertThat(s.httpStatus()).isEqualTo(201);
			assertThat(s.caseNumber()).isNotNull();
		});
		String complaint = sent.get(3).caseNumber();
		assertThat(get("/api/v1/cases/" + complaint, "officer").json().get("handlingUnit").get("code").asString())
			.isEqualTo("HD130403");
		// the demo's rule includes dispatch: three items were routed at once, the consultation waits at the centre
		PartnerReceiver.await("three dispatch notices", Duration.ofSeconds(20),
				() -> count("exchange_simulator_received") >= receivedBefore + 3);
		List<PartnerSimulator.Received> received = simulator.received(50);
		assertThat(received).filteredOn(r -> complaint.equals(r.caseNumber())).singleElement().satisfies(r -> {
			assertThat(r.eventType()).isEqualTo("case.dispatch");
			assertThat(r.signatureOk()).isTrue();
			assertThat(r.duplicate()).isFalse();
		});

		// a replay: the same case, nothing new
		long cases = count("cases");
		dispatcher.post("/exchange/simulator/replay", "");
		assertThat(simulator.sent(1).get(0).httpStatus()).isEqualTo(200);
		assertThat(count("cases")).isEqualTo(cases);

		// 12345 is down while the officer decides: the decision waits and arrives once it is back
		dispatcher.post("/exchange/simulator/HD12345/down", "down=true");
		assertThat(simulator.isDown("HD12345")).isTrue();
		post("/api/v1/cases/" + complaint + "/accept", "officer", null);
		PartnerReceiver.await("a refused attempt", Duration.ofSeconds(20), () -> jdbc
			.sql("select count(*) from exchange_outbox where case_number = ? and last_status = 503").param(complaint)
			.query(Long.class).single() == 1);
		dispatcher.post("/exchange/simulator/HD12345/down", "down=false");
		PartnerReceiver.await("the acceptance", Duration.ofSeconds(30), () -> simulator.received(50)
			.stream()
			.anyMatch(r -> complaint.equals(r.caseNumber()) && "case.accept".equals(r.eventType())));

		// the console shows the messages: the deliveries list, one message, the case's panel
		assertThat(dispatcher.get("/exchange/deliveries?status=DELIVERED&caseNumber=" + complaint)).contains(complaint).contains("case.accept");
		long id = jdbc.sql("select id from exchange_outbox where case_number = ? and event_type = 'case.accept'")
			.param(complaint).query(Long.class).single();
		assertThat(dispatcher.get("/exchange/deliveries/" + id)).contains("HTTP 503")
			.contains("case.accept").contains(complaint);
		assertThat(new Console("officer").get("/exchange/cases/" + complaint + "/deliveries"))
			.contains("case.dispatch").contains("case.accept").contains("exchange-deliveries");
		assertThat(new Console("officer").status("/exchange/deliveries")).isEqualTo(403);
		assertThat(new Console("officer2").status("/exchange/cases/" + complaint + "/deliveries")).isEqualTo(404);
	}

	@Test
	void theSimulated110ReceivesATransferAndAnswersOntoTheCase() throws Exception {
		String number = post("/api/v1/cases", "operator", org.redshield.intake.CaseJson.report("""
				{"name":"丛台某商行","address":"邯郸市丛台区","divisionCode":"130403"}""", "130403")).json()
			.get("number").asString();
		post("/api/v1/cases/" + number + "/start-verification", "officer", null);
		post("/api/v1/cases/" + number + "/transfer-report", "officer", "{\"unitCode\":\"HD110\",\"note\":\"涉嫌敲诈勒索\"}");
		PartnerReceiver.await("the transfer at 110", Duration.ofSeconds(20), () -> simulator.received(50)
			.stream()
			.anyMatch(r -> number.equals(r.caseNumber()) && "work-order.transfer".equals(r.eventType())));

		Console dispatcher = new Console("dispatcher");
		assertThat(dispatcher.get("/exchange/simulator")).contains(number);
		dispatcher.post("/exchange/simulator/answer", "caseNumber=" + number);

		assertThat(get("/api/v1/cases/" + number, "officer").json().get("timeline"))
			.anySatisfy(t -> assertThat(t.get("note").asString()).startsWith("【邯郸市公安局110指挥中心答复】"));
	}

	/** A console session: form login with the CSRF token, then pages and posts with the session cookie. */
	final class Console {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Console(String user) throws Exception {
			String login = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
			HttpResponse<String> signedIn = form("/login", "username=" + user + "&password=" + PASSWORD + "&_csrf="
					+ csrf(login));
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		}

		String get(String path) throws Exception {
			HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET());
			assertThat(r.statusCode()).as(path).isEqualTo(200);
			return r.body();
		}

		int status(String path) throws Exception {
			return send(HttpRequest.newBuilder(uri(path)).GET()).statusCode();
		}

		void post(String path, String form) throws Exception {
			String token = csrf(get("/"));
			HttpResponse<String> r = form(path, (form.isEmpty() ? "" : form + "&") + "_csrf=" + token);
			assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(302);
		}

		private HttpResponse<String> form(String path, String body) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
			return http.send(b.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		private URI uri(String path) {
			return URI.create(baseUrl() + path);
		}

		private String csrf(String html) {
			Matcher m = CSRF.matcher(html);
			assertThat(m.find()).as("a CSRF token in the page").isTrue();
			return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		}
	}
}
