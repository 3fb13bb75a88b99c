package org.redshield.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Sends one signed message to a partner's callback over HTTP and reports what happened; knows nothing of retries.
 * Headers: {@code X-RedShield-Idempotency-Key} (stable for the message), {@code X-RedShield-Timestamp} (Unix seconds of
 * this attempt), {@code X-RedShield-Signature} ({@code sha256=} HMAC of timestamp + "." + body, see {@link Signatures}),
 * {@code X-RedShield-Event} and {@code X-RedShield-Attempt}. Any 2xx answer is a delivery.
 */
@Component
class Callbacks {

	/** The outcome of one attempt: an HTTP status (null when there was no answer) and an error or response text. */
	record Outcome(Integer status, String error, String response) {

		boolean delivered() {
			return status != null && status >= 200 && status < 300;
		}
	}

	private final HttpClient http;

	private final ExchangeProperties properties;

	private final Environment environment;

	private final Clock clock;

	Callbacks(ExchangeProperties properties, Environment environment, Clock clock) {
		this.properties = properties;
		this.environment = environment;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Outcome send(Partner partner, Outbox.Claimed message) {
		String url = resolve(partner.callbackUrl());
		if (url == null) {
			return new Outcome(null, "The partner has no callback URL.", null);
		}
		byte[] body = message.payload().getBytes(StandardCharsets.UTF_8);
		String timestamp = Long.toString(clock.instant().getEpochSecond());
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(properties.requestTimeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header("User-Agent", "RedShield-Exchange/1")
			.header(Signatures.IDEMPOTENCY_KEY, message.key().toString())
			.header(Signatures.TIMESTAMP, timestamp)
			.header(Signatures.EVENT, message.eventType())
			.header(Signatures.ATTEMPT, Integer.toString(message.attempts()))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (partner.hasSecret()) {
			request.header(Signatures.SIGNATURE, Signatures.sign(partner.signingSecret(), timestamp, body));
		}
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			String text = Outbox.excerpt(response.body());
			return new Outcome(response.statusCode(),
					response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode(), text);
		}
		catch (IOException ex) {
			return new Outcome(null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(null, "Interrupted while sending (the platform was stopping).", null);
		}
		catch (IllegalArgumentException ex) {
			return new Outcome(null, "Bad callback URL: " + ex.getMessage(), null);
		}
	}

	/** A callback on this platform itself (the demo simulator) is reached over the loopback interface. */
	private String resolve(String callbackUrl) {
		if (callbackUrl == null) {
			return null;
		}
		if (callbackUrl.startsWith(Partners.LOCAL_CALLBACK_PREFIX)) {
			String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
			return "http://127.0.0.1:" + port + callbackUrl;
		}
		return callbackUrl;
	}
}
