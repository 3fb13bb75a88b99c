import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * Exchange benchmark, run by bench/exchange.sh against a running platform (java bench/exchange_bench.java PORT ADMIN_PASSWORD
 * WORK_ORDERS CONNECTIONS RECEIVER_DELAY_MS). Only 127.0.0.1 is contacted; every phase is bounded in count and time.
 *
 * 1. A partner unit BENCH is created and connected to a receiver served here (HMAC checked, keys counted), with its
 *    callback removed for now, so that feedback waits in the outbox.
 * 0. Reference: the same complaint through POST /api/v1/cases with an operator's token.
 * 2. Inbound: WORK_ORDERS distinct signed work orders over CONNECTIONS closed-loop connections; throughput of 201s,
 *    latency percentiles. Each work order is a complaint dispatched at once, so each writes one feedback message.
 * 3. Replays: the same work orders again (the idempotent path, 200 with the same case).
 * 4. Outbox delivery: the callback is set; the time until the receiver has every message gives the delivery rate.
 */
class ExchangeBench {

	static final String SECRET = "bench-signing-secret-0123456789abcdef";

	static final Pattern NUMBER = Pattern.compile("\"number\":\"([A-Z]{2}\\d+)\"");

	static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	static String base;

	static String admin;

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		base = "http://127.0.0.1:" + port;
		admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
		int n = Integer.parseInt(args[2]);
		int connections = Integer.parseInt(args[3]);
		int delayMs = Integer.parseInt(args[4]);

		Set<String> keys = ConcurrentHashMap.newKeySet();
		AtomicInteger duplicates = new AtomicInteger();
		AtomicInteger badSignatures = new AtomicInteger();
		AtomicLong lastArrival = new AtomicLong();
		HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
		receiver.setExecutor(Executors.newFixedThreadPool(32));
		receiver.createContext("/callback", exchange -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			String ts = exchange.getRequestHeaders().getFirst("X-RedShield-Timestamp");
			String sig = exchange.getRequestHeaders().getFirst("X-RedShield-Signature");
			int status = 200;
			if (!sign(ts, body).equals(sig)) {
				badSignatures.incrementAndGet();
				status = 401;
			}
			else if (!keys.add(exchange.getRequestHeaders().getFirst("X-RedShield-Idempotency-Key"))) {
				duplicates.incrementAndGet();
			}
			lastArrival.set(System.nanoTime());
			if (delayMs > 0) {
				sleep(delayMs);
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		receiver.start();
		String callback = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/callback";

		// 1. the partner, its token, no callback yet
		check(send("POST", "/api/v1/admin/organization", admin, """
				{"units":[{"code":"BENCH","name":"压测合作热线","kind":"PARTNER_HOTLINE","parent":"HD12315",
				  "divisionCode":"130400","jurisdiction":[]}],"users":[]}"""), 200);
		check(send("PUT", "/api/v1/partners/BENCH", admin, """
				{"signingSecret":"%s","feedbackWorkingDays":10,"notifyOn":["DISPATCH"],"interimFeedback":false}"""
			.formatted(SECRET)), 200);
		HttpResponse<String> issued = send("POST", "/api/v1/partners/BENCH/tokens", admin, "{\"name\":\"bench\"}");
		check(issued, 201);
		Matcher t = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(issued.body());
		t.find();
		String token = "Bearer " + t.group(1);
		String run = Long.toString(System.currentTimeMillis(), 36);

		// warm-up: 200 work orders, discarded from the figures
		load("warm-up", token, "W" + run, Math.min(200, n), connections, false);
		long warmupMessages = Math.min(200, n);

		// 0. the same complaints through the native intake API, for reference on this machine in this run
		String basic = "Basic " + Base64.getEncoder().encodeToString("operator:redshield".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> staff = send("POST", "/api/v1/tokens", basic, "{\"name\":\"bench\"}");
		check(staff, 201);
		Matcher st = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(staff.body());
		st.find();
		Result baseline = load("native", "Bearer " + st.group(1), null, n, connections, false);

		// 2. inbound
		Result inbound = load("inbound", token, "B" + run, n, connections, false);
		// 3. replays
		Result replays = load("replay", token, "B" + run, n, connections, true);

		// 4. delivery
		long expected = warmupMessages + n;
		long t0 = System.nanoTime();
		check(send("PUT", "/api/v1/partners/BENCH", admin, """
				{"callbackUrl":"%s","signingSecret":"%s","feedbackWorkingDays":10,"notifyOn":["DISPATCH"],
				 "interimFeedback":false}""".formatted(callback, SECRET)), 200);
		long deadline = t0 + Duration.ofSeconds(300).toNanos();
		while (keys.size() < expected && System.nanoTime() < deadline) {
			sleep(20);
		}
		double seconds = (lastArrival.get() - t0) / 1e9;
		receiver.stop(0);
		((ExecutorService) receiver.getExecutor()).shutdownNow();

		System.out.printf("%nSUMMARY (%d work orders, %d connections, receiver delay %d ms)%n", n, connections, delayMs);
		System.out.println(baseline.line("reference: POST /api/v1/cases (201, same complaint, operator token)"));
		System.out.println(inbound.line("inbound work orders (201, each a new case)"));
		System.out.println(replays.line("replayed work orders (200, same case)"));
		System.out.printf("outbox delivery: %d messages in %.2f s = %.1f messages/s (duplicates %d, bad signatures %d,"
				+ " missing %d)%n", keys.size(), seconds, keys.size() / seconds, duplicates.get(), badSignatures.get(),
				expected - keys.size());
		System.out.printf("BENCH_RESULT native_per_s=%.1f inbound_per_s=%.1f inbound_p50_ms=%.1f inbound_p99_ms=%.1f"
				+ " replay_per_s=%.1f replay_p99_ms=%.1f delivery_per_s=%.1f delivered=%d expected=%d duplicates=%d"
				+ " errors=%d%n", baseline.rate(),
				inbound.rate(), inbound.p(50), inbound.p(99), replays.rate(), replays.p(99), keys.size() / seconds,
				keys.size(), expected, duplicates.get(), inbound.errors + replays.errors);
		if (keys.size() != expected || inbound.errors > 0 || replays.errors > 0 || badSignatures.get() > 0) {
			System.exit(1);
		}
	}

	record Result(int n, double seconds, List<Double> latencies, int errors) {

		double rate() {
			return (n - errors) / seconds;
		}

		double p(int percent) {
			if (latencies.isEmpty()) {
				return Double.NaN;
			}
			int i = (int) Math.ceil(percent / 100.0 * latencies.size()) - 1;
			return latencies.get(Math.max(0, Math.min(i, latencies.size() - 1)));
		}

		String line(String what) {
			return String.format("%s: %d in %.2f s = %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d", what, n,
					seconds, rate(), p(50), p(99), latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1),
					errors);
		}
	}

	/** Closed loop: CONNECTIONS workers each send their share of N work orders one after the other. */
	static Result load(String phase, String token, String prefix, int n, int connections, boolean replay)
			throws Exception {
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		int expected = replay ? 200 : 201;
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		CountDownLatch done = new CountDownLatch(connections);
		long t0 = System.nanoTime();
		for (int c = 0; c < connections; c++) {
			pool.execute(() -> {
				try {
					for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						String complaint = """
								{"type":"COMPLAINT","channel":"HOTLINE",
								 "complainant":{"name":"张三","phone":"13800138000","address":"河北省邯郸市丛台区人民路1号"},
								 "respondent":{"name":"邯郸某电器商行","address":"邯郸市丛台区中华北大街8号","divisionCode":"130403"},
								 "request":"退货退款","facts":"购买的冰箱不制冷","amount":2999}""";
						long s = System.nanoTime();
						try {
							HttpResponse<String> r = prefix == null ? send("POST", "/api/v1/cases", token, complaint)
									: signed(token, "{\"partnerOrderNumber\":\"%s-%d\",\"case\":%s}".formatted(prefix, i,
											complaint));
							if (r.statusCode() != expected || !NUMBER.matcher(r.body()).find()) {
								errors.incrementAndGet();
							}
						}
						catch (IOException ex) {
							errors.incrementAndGet();
						}
						latencies.add((System.nanoTime() - s) / 1e6);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		double seconds = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		List<Double> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		Result result = new Result(n, seconds, sorted, errors.get());
		System.out.println(phase + ": " + result.line(phase));
		return result;
	}

	static HttpResponse<String> signed(String token, String body) throws IOException, InterruptedException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String ts = Long.toString(System.currentTimeMillis() / 1000);
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/exchange/work-orders"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", token)
			.header("Content-Type", "application/json")
			.header("X-RedShield-Timestamp", ts)
			.header("X-RedShield-Signature", sign(ts, bytes))
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> send(String method, String path, String auth, String json)
			throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", auth)
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static void check(HttpResponse<String> r, int status) {
		if (r.statusCode() != status) {
			throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": "
					+ r.body());
		}
	}

	static String sign(String ts, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((ts + ".").getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
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
