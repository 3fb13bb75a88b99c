package org.redshield.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.redshield.cases.Move;
import org.redshield.organizations.Organization;
import org.redshield.organizations.PartnerCredentials;
import org.redshield.organizations.UnitKind;
import org.redshield.shared.ChinaTime;

import tools.jackson.databind.JsonNode;

/**
 * The demo's simulated partners (模拟对端): with the demo city, the 12345 hotline (HD12345) and the 110 command centre
 * (HD110) are connected to callbacks served by this platform itself, and the simulated 12345 sends work orders over
 * real HTTP — with its own API token and signature, exactly as a real partner would — and shows the signed feedback
 * it receives, so a new user can watch the loop work. It can also play "down" (answering 503) to show retries, and the
 * simulated 110 can answer a transfer. Off outside the demo (or with {@code REDSHIELD_EXCHANGE_SIMULATOR=off}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PartnerSimulator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PartnerSimulator.class);

	static final String HOTLINE = "HD12345";

	static final String POLICE = "HD110";

	static final Set<String> SIMULATED = Set.of(HOTLINE, POLICE);

	/** A work order the simulated 12345 sent, and what came back. */
	record Sent(long id, String partnerCode, String partnerOrderNumber, String summary, int httpStatus,
			String caseNumber, OffsetDateTime sentAt) {
	}

	/** A message one of the simulated partners received. */
	record Received(long id, String partnerCode, String messageKey, String eventType, String caseNumber,
			boolean signatureOk, boolean duplicate, String status, String summary, OffsetDateTime receivedAt) {

		/** The move a {@code case.<move>} message reports, as the API names it; null for other messages. */
		public String move() {
			return eventType != null && eventType.startsWith("case.") && !eventType.equals("case.progress")
					? eventType.substring(5) : null;
		}
	}

	private final ExchangeProperties properties;

	private final Environment environment;

	private final Organization organization;

	private final Partners partners;

	private final PartnerCredentials credentials;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	private final Set<String> down = ConcurrentHashMap.newKeySet();

	private volatile String lastBody;

	PartnerSimulator(ExchangeProperties properties, Environment environment, Organization organization,
			Partners partners, PartnerCredentials credentials, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.environment = environment;
		this.organization = organization;
		this.partners = partners;
		this.credentials = credentials;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** On with the demo city (its partner units present and demo mode not off), unless configured otherwise. */
	boolean enabled() {
		return switch (properties.simulator()) {
			case "on" -> demoUnits();
			case "off" -> false;
			default -> !"never".equals(environment.getProperty("redshield.demo.mode", "auto")) && demoUnits()
					&& organization.root().map(r -> r.code().equals("HD12315")).orElse(false);
		};
	}

	private boolean demoUnits() {
		return SIMULATED.stream()
			.allMatch(code -> organization.find(code).map(u -> u.kind() == UnitKind.PARTNER_HOTLINE).orElse(false));
	}

	/** Connects the simulated partners to their callbacks on first start (an admin's later settings are kept). */
	@Override
	public void run(ApplicationArguments args) {
		if (!enabled()) {
			return;
		}
		List<String> moves = java.util.stream.Stream
			.concat(FeedbackRule.DEFAULT_MOVES.stream(), java.util.stream.Stream.of(Move.DISPATCH, Move.NOTE))
			.map(Move::name)
			.sorted()
			.toList();
		boolean hotline = partners.configureIfAbsent(HOTLINE, new Partners.Settings(callback(HOTLINE), null, 10, moves,
				null, true, true, true), "demo");
		boolean police = partners.configureIfAbsent(POLICE, new Partners.Settings(callback(POLICE), null, 5, null,
				null, true, true, true), "demo");
		if (hotline || police) {
			log.info("Demo: partners {} and {} connected to the simulator's callbacks", HOTLINE, POLICE);
		}
	}

	static String callback(String code) {
		return Partners.LOCAL_CALLBACK_PREFIX + code + "/callback";
	}

	// ------------------------------------------------------------------ the simulated partners' side

	/** The simulated partner's callback: checks the signature and the key, keeps the message, answers like a partner. */
	int receive(String partnerCode, String timestamp, String signature, String key, byte[] body) {
		Optional<Partner> partner = partners.find(partnerCode).filter(p -> SIMULATED.contains(partnerCode));
		if (partner.isEmpty() || !enabled()) {
			return 404;
		}
		if (down.contains(partnerCode)) {
			return 503;
		}
		boolean signatureOk = Signatures.verify(partner.get().signingSecret(), timestamp, signature, body,
				clock.instant(), properties.signatureTolerance());
		String text = new String(body, StandardCharsets.UTF_8);
		String type = null;
		String caseNumber = null;
		try {
			JsonNode json = Outbox.JSON.readTree(text);
			type = json.path("type").asString(null);
			caseNumber = json.path("caseNumber").asString(null);
		}
		catch (RuntimeException ex) {
			// kept as received
		}
		boolean duplicate = key != null && jdbc
			.sql("select count(*) from exchange_simulator_received where partner_code = ? and message_key = ?")
			.params(partnerCode, key)
			.query(Integer.class)
			.single() > 0;
		jdbc.sql("""
				insert into exchange_simulator_received (partner_code, message_key, event_type, case_number,
				    signature_ok, duplicate, body, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(partnerCode, key, type, caseNumber, signatureOk, duplicate, text, Timestamp.from(clock.instant()))
			.update();
		return signatureOk ? 200 : 401;
	}

	boolean isDown(String partnerCode) {
		return down.contains(partnerCode);
	}

	void setDown(String partnerCode, boolean isDown) {
		if (isDown) {
			down.add(partnerCode);
		}
		else {
			down.remove(partnerCode);
		}
	}

	/** The simulated 12345 sends a few work orders, as a real 12345 platform would. */
	List<Sent> sendSamples() {
		String day = DateTimeFormatter.BASIC_ISO_DATE.format(ChinaTime.dateOf(clock.instant()));
		String run = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 10000));
		List<Sent> sent = new java.util.ArrayList<>();
		int n = 1;
		for (String[] sample : SAMPLES) {
			String number = "12345-" + day + "-" + run + "-" + n++;
			String body = """
					{"partnerOrderNumber":"%s","case":%s}""".formatted(number, sample[1]);
			sent.add(post(HOTLINE, "/api/v1/exchange/work-orders", number, sample[0], body));
			if (n == 2) {
				lastBody = body;
			}
		}
		return sent;
	}

	/** Sends the first sample again, byte for byte: the platform answers 200 with the same case. */
	Optional<Sent> replay() {
		String body = lastBody;
		if (body == null) {
			return Optional.empty();
		}
		String number = Outbox.JSON.readTree(body).path("partnerOrderNumber").asString();
		return Optional.of(post(HOTLINE, "/api/v1/exchange/work-orders", number, "重发（幂等）", body));
	}

	/** The simulated 110 answers a case transferred to it. */
	Sent answer(String caseNumber) {
		String replyId = "110-" + System.currentTimeMillis();
		String body = """
				{"replyId":"%s","kind":"ANSWER","text":"已接收移送材料，由辖区派出所核查处理。"}""".formatted(replyId);
		return post(POLICE, "/api/v1/exchange/cases/" + caseNumber + "/replies", replyId, "110 答复", body);
	}

	private Sent post(String partnerCode, String path, String number, String summary, String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		Partner partner = partners.get(partnerCode);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Authorization", "Bearer " + token(partnerCode))
			.header(Signatures.TIMESTAMP, timestamp)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
		if (partner.hasSecret()) {
			request.header(Signatures.SIGNATURE, Signatures.sign(partner.signingSecret(), timestamp, bytes));
		}
		int status;
		String caseNumber = null;
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			if (status / 100 == 2) {
				JsonNode json = Outbox.JSON.readTree(response.body());
				caseNumber = json.has("number") ? json.path("number").asString(null)
						: json.path("caseNumber").asString(null);
			}
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			status = 0;
		}
		long id = jdbc.sql("""
				insert into exchange_simulator_sent (partner_code, partner_order_number, summary, http_status,
				    case_number, sent_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(partnerCode, number, summary, status, caseNumber, Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		return new Sent(id, partnerCode, number, summary, status, caseNumber,
				clock.instant().atZone(ChinaTime.ZONE).toOffsetDateTime());
	}

	/** The simulator's own token for a partner, issued when first needed (shown to no one). */
	private String token(String partnerCode) {
		return tokens.computeIfAbsent(partnerCode, code -> credentials.issue(code, "demo simulator").token());
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

	List<Sent> sent(int limit) {
		return jdbc.sql("""
				select id, partner_code, partner_order_number, summary, http_status, case_number, sent_at
				from exchange_simulator_sent order by id desc limit ?""")
			.param(limit)
			.query((rs, i) -> new Sent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getString(6), rs.getTimestamp(7).toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime()))
			.list();
	}

	List<Received> received(int limit) {
		return jdbc.sql("""
				select id, partner_code, message_key, event_type, case_number, signature_ok, duplicate, body, received_at
				from exchange_simulator_received order by id desc limit ?""")
			.param(limit)
			.query((rs, i) -> new Received(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), status(rs.getString(8)), summary(rs.getString(8)),
					rs.getTimestamp(9).toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime()))
			.list();
	}

	/** The case status a message reports, if it is one of the platform's statuses. */
	private static String status(String body) {
		try {
			String status = Outbox.JSON.readTree(body).path("status").asString(null);
			return status != null && java.util.Arrays.stream(org.redshield.cases.CaseStatus.values())
				.anyMatch(s -> s.name().equals(status)) ? status : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** One line of what a message says: the unit and the note. */
	private static String summary(String body) {
		try {
			JsonNode json = Outbox.JSON.readTree(body);
			String note = json.path("note").asString("");
			String unit = json.path("handlingUnit").path("name").asString("");
			String text = String.join(" · ", java.util.stream.Stream.of(unit, note)
				.filter(s -> !s.isBlank())
				.toList());
			return text.length() > 160 ? text.substring(0, 160) + "…" : text;
		}
		catch (RuntimeException ex) {
			return body.length() > 160 ? body.substring(0, 160) + "…" : body;
		}
	}

	/** Work orders a 12345 typically passes on to 12315: two complaints, a report, and a consultation. */
	private static final List<String[]> SAMPLES = List.of(new String[] { "投诉：冰箱不制冷（丛台区）", """
			{"type":"COMPLAINT","complainant":{"name":"赵敏","phone":"13903101234","address":"河北省邯郸市丛台区人民路18号"},
			 "respondent":{"name":"邯郸市丛台区鑫达家电商行","address":"邯郸市丛台区中华北大街88号","divisionCode":"130403"},
			 "request":"退货并退还货款2999元","facts":"2026年9月在该店购买冰箱一台，使用三天后不制冷，商家拒绝退货。","amount":2999}""" },
			new String[] { "投诉：宽带停用不退费（武安市）", """
					{"type":"COMPLAINT","complainant":{"name":"钱伟","phone":"13833025678","address":"河北省武安市新华大街6号"},
					 "respondent":{"name":"某通信公司武安营业厅","address":"武安市中兴路12号","divisionCode":"130481"},
					 "request":"退还预存宽带费600元","facts":"办理宽带后因搬家停用，营业厅拒绝退还剩余预存费用。","amount":600}""" },
			new String[] { "举报：超市销售过期食品（邯山区）", """
					{"type":"REPORT","complainant":{"name":"孙丽","phone":"13703107788","address":"河北省邯郸市邯山区"},
					 "respondent":{"name":"邯山区某便民超市","address":"邯郸市邯山区陵西大街20号","divisionCode":"130402"},
					 "conductDivisionCode":"130402","facts":"该超市货架上有多包已过保质期的饼干仍在销售。"}""" },
			new String[] { "咨询：网购七日无理由退货", """
					{"type":"CONSULTATION","complainant":{"name":"李娜","phone":"13512340000","address":"邯郸市复兴区"},
					 "request":"网购的衣服不合适，商家说特价商品不适用七日无理由退货，这样对吗？"}""" });
}
