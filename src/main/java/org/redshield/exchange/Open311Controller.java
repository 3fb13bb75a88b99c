package org.redshield.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.redshield.organizations.Organization;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: {@code services}, {@code services/{code}}, {@code requests} (GET and
 * POST) and {@code requests/{id}}, each as {@code .json} or {@code .xml}; errors in the spec's format ({@code errors}
 * of {@code code} and {@code description}): 404 for what does not exist, 403 for a missing or bad {@code api_key},
 * 400 for everything else. The service list is public; requests need a partner's {@code api_key}.
 * {@code jurisdiction_id} is optional (one jurisdiction per endpoint); when given it must name this installation.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

	private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);

	private final Open311Catalog catalog;

	private final Open311Requests requests;

	private final Organization organization;

	private final ExchangeProperties properties;

	Open311Controller(Open311Catalog catalog, Open311Requests requests, Organization organization,
			ExchangeProperties properties) {
		this.catalog = catalog;
		this.requests = requests;
		this.organization = organization;
		this.properties = properties;
	}

	@GetMapping("/services.{format}")
	ResponseEntity<byte[]> services(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
		String f = format(format);
		jurisdiction(params);
		List<Map<String, Object>> list = catalog.all().stream().map(Open311Controller::service).toList();
		return Open311Output.list(200, f, "services", "service", list);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> params) {
		String f = format(format);
		jurisdiction(params);
		Open311Catalog.Service service = catalog.find(code)
			.orElseThrow(() -> new Open311Exception(404, "service_code " + code + " was not found."));
		List<Map<String, Object>> attributes = new java.util.ArrayList<>();
		int order = 1;
		for (Open311Catalog.Attribute a : catalog.attributes(service)) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("variable", true);
			m.put("code", a.code());
			m.put("datatype", a.datatype());
			m.put("required", a.required());
			m.put("datatype_description", a.datatypeDescription());
			m.put("order", order++);
			m.put("description", a.description());
			if (a.values() != null) {
				m.put("values", a.values().stream().map(c -> {
					Map<String, Object> v = new LinkedHashMap<>();
					v.put("key", c.key());
					v.put("name", c.nameZh());
					return v;
				}).toList());
			}
			attributes.add(m);
		}
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", service.code());
		definition.put("attributes", attributes);
		return Open311Output.object(200, f, "service_definition", definition);
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<byte[]> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
		String f = format(format);
		jurisdiction(params);
		return Open311Output.list(200, f, "service_requests", "request", List.of(requests.create(params)));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<byte[]> list(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
		String f = format(format);
		jurisdiction(params);
		Partner partner = requests.partner(params.getFirst("api_key"));
		return Open311Output.list(200, f, "service_requests", "request", requests.list(partner, params));
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<byte[]> get(@PathVariable String id, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> params) {
		String f = format(format);
		jurisdiction(params);
		Partner partner = requests.partner(params.getFirst("api_key"));
		return Open311Output.list(200, f, "service_requests", "request", List.of(requests.get(partner, id)));
	}

	/** Anything else under /open311: a 404 in the spec's format. */
	@RequestMapping("/**")
	ResponseEntity<byte[]> unknown(HttpServletRequest request) {
		throw new Open311Exception(404, "No such Open311 resource: " + request.getRequestURI());
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<byte[]> error(Open311Exception ex, HttpServletRequest request) {
		return Open311Output.errors(ex.status(), formatOf(request), ex.errors());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> unexpected(Exception ex, HttpServletRequest request) {
		if (ex instanceof org.springframework.web.ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			int status = response.getStatusCode().value() == 404 ? 404 : 400;
			return Open311Output.errors(status, formatOf(request),
					List.of(new Open311Exception.Error(status, "The request is invalid: " + response.getBody().getDetail())));
		}
		log.error("Open311 request {} failed", request.getRequestURI(), ex);
		return Open311Output.errors(400, formatOf(request),
				List.of(new Open311Exception.Error(400, "General service error; please tell us: the request could not be completed.")));
	}

	private static Map<String, Object> service(Open311Catalog.Service s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("service_code", s.code());
		m.put("service_name", s.name());
		m.put("description", s.description());
		m.put("metadata", true);
		m.put("type", "realtime");
		m.put("keywords", s.keywords());
		m.put("group", s.group());
		return m;
	}

	private static String format(String format) {
		String f = format.toLowerCase(Locale.ROOT);
		if (!f.equals("json") && !f.equals("xml")) {
			throw new Open311Exception(400, "Unknown format ." + format + ": use .json or .xml.");
		}
		return f;
	}

	private static String formatOf(HttpServletRequest request) {
		return request.getRequestURI().toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "xml";
	}

	/** The ids this endpoint answers to: the configured one, the root unit's code and its division code. */
	Set<String> jurisdictions() {
		Set<String> ids = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (!properties.open311JurisdictionId().isBlank()) {
			ids.add(properties.open311JurisdictionId());
		}
		organization.root().ifPresent(root -> {
			ids.add(root.code());
			if (root.divisionCode() != null) {
				ids.add(root.divisionCode());
			}
		});
		return ids;
	}

	private void jurisdiction(MultiValueMap<String, String> params) {
		String id = Open311Requests.first(params, "jurisdiction_id");
		if (id != null && !jurisdictions().contains(id)) {
			throw new Open311Exception(404, "jurisdiction_id " + id + " was not found; this endpoint serves "
					+ String.join(", ", jurisdictions()) + ".");
		}
	}
}
