package org.redshield;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.event.TransactionalEventListener;

import org.redshield.cases.CaseMoved;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of every {@code *IntegrationTests}: the whole platform on a random port over real PostgreSQL (embedded, or the
 * server named by {@code REDSHIELD_DB_URL}), wiped and migrated once per run, with the demo city loaded; requests go
 * over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(IntegrationTestSupport.FreshSchema.class)
public abstract class IntegrationTestSupport {

	public static final String PASSWORD = "redshield";

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	/** An HTTP answer: status, content type and body (parsed when JSON). */
	public record Answer(int status, String contentType, String text, String location) {

		public JsonNode json() {
			return JSON.readTree(text);
		}
	}

	protected Answer get(String path, String user) {
		return send(request(path, user).GET());
	}

	protected Answer post(String path, String user, String json) {
		return send(request(path, user).header("Content-Type", "application/json")
			.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
	}

	protected Answer put(String path, String user, String json) {
		return send(request(path, user).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** {@code user} is a demo user name (HTTP Basic with the demo password) or {@code "Bearer <token>"}. */
	protected HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (user != null && user.startsWith("Bearer ")) {
			b.header("Authorization", user);
		}
		else if (user != null) {
			String password = user.equals("admin") ? "admin-test-password" : PASSWORD;
			b.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return b;
	}

	protected Answer send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
					r.headers().firstValue("Location").orElse(null));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	protected long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** Keeps every {@link CaseMoved} published, as another module would receive it after commit. */
	public static class EventRecorder {

		private final List<CaseMoved> events = new CopyOnWriteArrayList<>();

		@TransactionalEventListener
		void on(CaseMoved event) {
			events.add(event);
		}

		public List<CaseMoved> of(String number) {
			return events.stream().filter(e -> e.number().equals(number)).toList();
		}
	}

	/** Wipes the schema and migrates it afresh when the test context starts. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FreshSchema {

		@Bean
		EventRecorder eventRecorder() {
			return new EventRecorder();
		}

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return (Flyway flyway) -> {
				flyway.clean();
				flyway.migrate();
			};
		}
	}
}
