package org.redshield.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open311 JSON Schemas (and the Swagger file's RequestResponse definition), loaded into networknt's
 * json-schema-validator so that a response is checked exactly as the published schemas say; relative {@code $ref}s
 * ({@code requests.json} → {@code request.json}) resolve within the copied folder.
 */
final class Open311Schemas {

	private static final String BASE = "https://schemas.open311.test/georeport/v2/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SchemaRegistry registry;

	Open311Schemas() {
		Map<String, String> schemas = new HashMap<>();
		for (String name : List.of("request.json", "requests.json", "service.json", "services.json",
				"service-definition.json", "errors.json")) {
			schemas.put(BASE + name, read(name));
		}
		// POST requests answers with an array of the Swagger file's RequestResponse
		JsonNode swagger = JSON.readTree(read("swagger.json"));
		ObjectNode requestResponse = ((ObjectNode) swagger.get("definitions").get("RequestResponse")).deepCopy();
		stripUnknownFormats(requestResponse);
		ObjectNode array = JSON.createObjectNode();
		array.put("type", "array");
		array.put("minItems", 1);
		array.set("items", requestResponse);
		schemas.put(BASE + "request-response.json", JSON.writeValueAsString(array));
		this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
				builder -> builder.schemas(schemas));
	}

	/** The schema errors of a JSON document; empty when it is valid. */
	List<Error> validate(String schema, String json) {
		Schema s = registry.getSchema(SchemaLocation.of(BASE + schema));
		return s.validate(json, InputFormat.JSON);
	}

	/** Swagger 2.0's "uid" and "uint" are not JSON Schema formats; the type alone is checked. */
	private static void stripUnknownFormats(JsonNode node) {
		if (node instanceof ObjectNode object) {
			JsonNode format = object.get("format");
			if (format != null && format.isString() && List.of("uid", "uint").contains(format.asString())) {
				object.remove("format");
			}
			object.properties().forEach(e -> stripUnknownFormats(e.getValue()));
		}
		else if (node != null && node.isArray()) {
			node.forEach(Open311Schemas::stripUnknownFormats);
		}
	}

	private static String read(String name) {
		try (InputStream in = Open311Schemas.class.getResourceAsStream("/exchange/open311/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource exchange/open311/" + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
