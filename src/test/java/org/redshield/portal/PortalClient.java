package org.redshield.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A consumer's browser without the browser: one cookie jar (the session), the CSRF token read from the last page,
 * forms posted url-encoded or multipart. Redirects are not followed, so tests see them.
 */
final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	record Page(int status, String body, String location, String retryAfter) {
	}

	record FilePart(String name, String fileName, String contentType, byte[] content) {
	}

	private final String base;

	private final HttpClient http;

	private String csrf;

	PortalClient(String base) {
		this.base = base;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	Page post(String path, Map<String, String> fields) {
		if (csrf == null) {
			get("/portal/track");
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		String body = all.entrySet().stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Page multipart(String path, Map<String, String> fields, List<FilePart> files) {
		if (csrf == null) {
			get("/portal/track");
		}
		String boundary = "----portal" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		all.forEach((k, v) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
				+ "\"\r\n\r\n" + v + "\r\n"));
		for (FilePart f : files) {
			write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name() + "\"; filename=\""
					+ f.fileName() + "\"\r\nContent-Type: " + f.contentType() + "\r\n\r\n");
			out.writeBytes(f.content());
			write(out, "\r\n");
		}
		write(out, "--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(base + path + "?_csrf=" + enc(csrf)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	private Page send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			Matcher m = CSRF.matcher(r.body());
			if (m.find()) {
				csrf = m.group(1);
			}
			return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(null),
					r.headers().firstValue("Retry-After").orElse(null));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String s) {
		out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
	}
}
