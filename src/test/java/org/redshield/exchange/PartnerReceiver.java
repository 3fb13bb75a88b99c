package org.redshield.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner's system in a test: a real HTTP server on 127.0.0.1 that checks each message's HMAC-SHA256 signature
 * (computed here independently of the platform's code), refuses stale timestamps, and processes each idempotency key
 * once — a redelivered key is acknowledged but counted as a duplicate, as a real partner would do. It can be taken
 * down (answering 503) and brought back.
 */
final class PartnerReceiver implements AutoCloseable {

	/** A message as received and accepted the first time its key came. */
	record Message(String key, String type, String caseNumber, int sequence, JsonNode body, Instant at) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final String secret;

	private volatile int downStatus;

	private final List<Message> processed = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> timesSeen = new ConcurrentHashMap<>();

	private final AtomicInteger refused = new AtomicInteger();

	private final AtomicInteger badSignatures = new AtomicInteger();

	private PartnerReceiver(String secret) throws IOException {
		this.secret = secret;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/callback", this::handle);
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.start();
	}

	static PartnerReceiver start(String secret) {
		try {
			return new PartnerReceiver(secret);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
	}

	/** From now on every request is answered with this status and nothing is processed. */
	void down(int status) {
		downStatus = status;
	}

	void up() {
		downStatus = 0;
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		int status;
		if (downStatus != 0) {
			refused.incrementAndGet();
			status = downStatus;
		}
		else if (!signatureOk(exchange.getRequestHeaders().getFirst("X-RedShield-Timestamp"),
				exchange.getRequestHeaders().getFirst("X-RedShield-Signature"), body)) {
			badSignatures.incrementAndGet();
			status = 401;
		}
		else {
			String key = exchange.getRequestHeaders().getFirst("X-RedShield-Idempotency-Key");
			int seen = timesSeen.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
			if (seen == 1) {
				JsonNode json = JSON.readTree(body);
				processed.add(new Message(key, json.path("type").asString(), json.path("caseNumber").asString(),
						json.path("sequence").asInt(), json, Instant.now()));
			}
			status = 200;
		}
		byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	private boolean signatureOk(String timestamp, String signature, byte[] body) {
		if (timestamp == null || signature == null) {
			return false;
		}
		if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] signed = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
			byte[] all = new byte[signed.length + body.length];
			System.arraycopy(signed, 0, all, 0, signed.length);
			System.arraycopy(body, 0, all, signed.length, body.length);
			String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(all));
			return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					signature.getBytes(StandardCharsets.US_ASCII));
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** The messages processed (first arrival of each key), in the order they arrived. */
	List<Message> processed() {
		return List.copyOf(processed);
	}

	List<Message> processedFor(String caseNumber) {
		return processed.stream().filter(m -> caseNumber.equals(m.caseNumber())).toList();
	}

	/** How many times a key arrived (accepted requests only). */
	int timesSeen(String key) {
		AtomicInteger n = timesSeen.get(key);
		return n == null ? 0 : n.get();
	}

	int refused() {
		return refused.get();
	}

	int badSignatures() {
		return badSignatures.get();
	}

	/** Waits until the condition holds, failing the test after the timeout. */
	static void await(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
		((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
	}
}
