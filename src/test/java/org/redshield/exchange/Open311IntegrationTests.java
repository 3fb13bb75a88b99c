package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tools.jackson.databind.JsonNode;

/**
 * Open311 GeoReport v2 beside the native API: services (RedShield's item types and the 12315 categories), service
 * definitions, POST and GET requests with the 90-day / 1,000 window, status and service filters, single requests,
 * {@code api_key} and {@code jurisdiction_id}, and the spec's error format — every JSON response validated against the
 * published JSON Schemas, every XML response parsed and compared with its JSON twin.
 */
class Open311IntegrationTests extends ExchangeTestSupport {

	static final String PARTNER = "TP311";

	static final Open311Schemas SCHEMAS = new Open311Schemas();

	String apiKey;

	@BeforeEach
	void partner() {
		partnerUnit(PARTNER, "测试Open311客户端");
		connect(PARTNER, "http://127.0.0.1:9/not-used", "\"notifyOn\":[\"CLOSE\"]");
		apiKey = token(PARTNER);
	}

	@Test
	void servicesAreTheItemTypesAndTheirCategoriesInJsonAndXml() throws Exception {
		Answer json = get("/open311/v2/services.json", null);
		Answer xml = get("/open311/v2/services.xml?jurisdiction_id=HD12315", null);

		assertThat(json.status()).isEqualTo(200);
		assertThat(json.contentType()).startsWith("application/json");
		assertValid("services.json", json);
		List<String> codes = new ArrayList<>();
		json.json().forEach(s -> codes.add(s.get("service_code").asString()));
		int categories = categoryCount("GOODS") + categoryCount("SERVICE") + categoryCount("REPORT");
		assertThat(codes).contains("TS", "JB", "ZX", "JY", "QZ", "TS-G101", "TS-S07", "JB-R03").hasSize(5 + categories)
			.doesNotHaveDuplicates();
		assertThat(json.json()).filteredOn(s -> s.get("service_code").asString().equals("TS-S07")).singleElement()
			.satisfies(s -> {
				assertThat(s.get("service_name").asString()).isEqualTo("投诉·电信服务");
				assertThat(s.get("group").asString()).isEqualTo("投诉·服务类");
			});
		assertThat(json.json().get(0).get("group").asString()).isEqualTo("投诉");
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.contentType()).startsWith("text/xml");
		assertThat(xml.text()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><services><service>");
		assertSameAsJson(xml, json.json(), "services", "service");
	}

	@Test
	void aServiceDefinitionListsWhatN10AsksBeyondTheStandardFields() throws Exception {
		Answer json = get("/open311/v2/services/TS-G127.json", null);
		Answer xml = get("/open311/v2/services/TS-G127.xml", null);

		assertThat(json.status()).isEqualTo(200);
		assertValid("service-definition.json", json);
		List<String> attributes = new ArrayList<>();
		json.json().get("attributes").forEach(a -> attributes.add(a.get("code").asString()));
		assertThat(attributes).startsWith("complainant_address", "respondent_name", "request")
			.contains("issue", "partner_order_number", "feedback_due_date")
			.doesNotContain("category");
		assertThat(json.json().get("attributes")).filteredOn(a -> a.get("code").asString().equals("issue"))
			.singleElement()
			.satisfies(a -> assertThat(a.get("values")).anySatisfy(v -> {
				assertThat(v.get("key").asString()).isEqualTo("I12");
				assertThat(v.get("name").asString()).isEqualTo("售后服务");
			}));
		Document doc = parse(xml);
		assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("service_definition");
		assertThat(doc.getElementsByTagName("attribute").getLength()).isEqualTo(attributes.size());
		assertThat(get("/open311/v2/services/NOPE.json", null).status()).isEqualTo(404);
	}

	@Test
	void aPostedRequestIsAWorkOrderRegisteredRoutedAndReadBack() throws Exception {
		String number = "O311-" + UUID.randomUUID();
		Answer created = form("/open311/v2/requests.json", complaintForm(number));

		assertThat(created.status()).as(created.text()).isEqualTo(200);
		assertValid("request-response.json", created);
		String id = created.json().get(0).get("service_request_id").asString();
		assertThat(id).startsWith("TS");
		assertThat(created.json().get(0).get("service_notice").asString()).contains("丛台区市场监督管理局");
		// the case is a transferred work order of the partner, routed by N13
		JsonNode c = get("/api/v1/cases/" + id, "officer").json();
		assertThat(c.get("channel").asString()).isEqualTo("TRANSFER");
		assertThat(c.get("source").get("partnerOrderNumber").asString()).isEqualTo(number);
		assertThat(c.get("complainant").get("name").asString()).isEqualTo("王小明");
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD130403");
		assertThat(c.get("category").asString()).isEqualTo("G127");
		assertThat(c.get("issue").asString()).isEqualTo("I01");
		// the same partner number again: the same request, nothing new
		long cases = count("cases");
		Answer again = form("/open311/v2/requests.xml", complaintForm(number));
		assertThat(again.status()).isEqualTo(200);
		assertThat(parse(again).getElementsByTagName("service_request_id").item(0).getTextContent()).isEqualTo(id);
		assertThat(count("cases")).isEqualTo(cases);

		Answer one = get("/open311/v2/requests/" + id + ".json?api_key=" + apiKey, null);
		assertThat(one.status()).isEqualTo(200);
		assertValid("requests.json", one);
		JsonNode request = one.json().get(0);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("service_code").asString()).isEqualTo("TS-G127");
		assertThat(request.get("service_name").asString()).isEqualTo("投诉·家用电器");
		assertThat(request.get("agency_responsible").asString()).isEqualTo("丛台区市场监督管理局");
		assertThat(request.get("description").asString()).isEqualTo("购买的冰箱三天后不制冷");
		assertThat(request.get("address").asString()).isEqualTo("邯郸市丛台区中华北大街8号");
		assertThat(request.get("lat").asDouble()).isEqualTo(36.6123);
		assertThat(request.get("media_url").asString()).isEqualTo("https://img.example.cn/fridge.jpg");
		assertSameAsJson(get("/open311/v2/requests/" + id + ".xml?api_key=" + apiKey, null), one.json(),
				"service_requests", "request");

		// closed when the case is finished, with the timeline's note as status_notes
		post("/api/v1/cases/" + id + "/refuse", "officer", "{\"reason\":\"ALREADY_HANDLED\",\"note\":\"法院已受理\"}");
		post("/api/v1/cases/" + id + "/close", "officer", "{\"note\":\"已告知投诉人\"}");
		JsonNode closed = get("/open311/v2/requests/" + id + ".json?api_key=" + apiKey, null).json().get(0);
		assertThat(closed.get("status").asString()).isEqualTo("closed");
		assertThat(closed.get("status_notes").asString()).isEqualTo("已告知投诉人");
		assertThat(OffsetDateTime.parse(closed.get("updated_datetime").asString()))
			.isAfterOrEqualTo(OffsetDateTime.parse(closed.get("requested_datetime").asString()));
	}

	@Test
	void requestsAreListedInTheWindowByStatusAndService() {
		String open = createComplaint();
		String closing = createComplaint();
		post("/api/v1/cases/" + closing + "/refuse", "officer", "{\"reason\":\"OVER_THREE_YEARS\"}");
		post("/api/v1/cases/" + closing + "/close", "officer", null);

		Answer all = get("/open311/v2/requests.json?api_key=" + apiKey, null);
		Answer openOnly = get("/open311/v2/requests.json?status=open&api_key=" + apiKey, null);
		Answer closedOnly = get("/open311/v2/requests.json?status=closed&service_code=TS-G127&api_key=" + apiKey, null);
		Answer both = get("/open311/v2/requests.json?service_request_id=" + open + "," + closing + "&api_key=" + apiKey,
				null);
		Answer longAgo = get("/open311/v2/requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-03-01T00:00:00%2B08:00"
				+ "&api_key=" + apiKey, null);

		for (Answer a : List.of(all, openOnly, closedOnly, both, longAgo)) {
			assertThat(a.status()).as(a.text()).isEqualTo(200);
			assertValid("requests.json", a);
		}
		assertThat(ids(all)).contains(open, closing);
		assertThat(ids(openOnly)).contains(open).doesNotContain(closing);
		assertThat(ids(closedOnly)).contains(closing).doesNotContain(open);
		assertThat(ids(both)).containsExactlyInAnyOrder(open, closing);
		assertThat(ids(longAgo)).isEmpty();
		// newest first
		assertThat(ids(all).indexOf(closing)).isLessThan(ids(all).indexOf(open));
		// another partner's key sees none of them
		partnerUnit("TP311B", "另一个Open311客户端");
		assertThat(ids(get("/open311/v2/requests.json?api_key=" + token("TP311B"), null))).doesNotContain(open, closing);
		assertThat(get("/open311/v2/requests/" + open + ".json?api_key=" + token("TP311B"), null).status())
			.isEqualTo(404);
	}

	@Test
	void errorsFollowTheSpecsFormatAndCodes() throws Exception {
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("403 no key", get("/open311/v2/requests.json", null));
		answers.put("403 bad key", get("/open311/v2/requests.json?api_key=rs_nope", null));
		answers.put("403 staff key", form("/open311/v2/requests.json", "api_key=" + staffToken() + "&service_code=TS"));
		answers.put("404 jurisdiction", get("/open311/v2/services.json?jurisdiction_id=sfgov.org", null));
		answers.put("404 service", form("/open311/v2/requests.json", "api_key=" + apiKey + "&service_code=XX"));
		answers.put("404 request", get("/open311/v2/requests/TS000.json?api_key=" + apiKey, null));
		answers.put("404 resource", get("/open311/v2/tokens/1.json", null));
		answers.put("400 no service", form("/open311/v2/requests.json", "api_key=" + apiKey));
		answers.put("400 no location", form("/open311/v2/requests.json", "api_key=" + apiKey + "&service_code=TS"));
		answers.put("400 span", get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z"
				+ "&end_date=2026-06-01T00:00:00Z&api_key=" + apiKey, null));
		answers.put("400 date", get("/open311/v2/requests.json?start_date=yesterday&api_key=" + apiKey, null));
		answers.put("400 status", get("/open311/v2/requests.json?status=pending&api_key=" + apiKey, null));
		answers.put("400 fields", form("/open311/v2/requests.json", "api_key=" + apiKey
				+ "&service_code=TS&address_string=" + enc("邯郸市丛台区") + "&description=" + enc("事实")));

		for (Map.Entry<String, Answer> e : answers.entrySet()) {
			int expected = Integer.parseInt(e.getKey().substring(0, 3));
			Answer a = e.getValue();
			assertThat(a.status()).as(e.getKey() + ": " + a.text()).isEqualTo(expected);
			assertThat(a.contentType()).as(e.getKey()).startsWith("application/json");
			assertValid("errors.json", a);
			assertThat(a.json().get(0).get("code").asInt()).as(e.getKey()).isEqualTo(expected);
		}
		List<String> descriptions = new ArrayList<>();
		answers.get("400 fields").json().forEach(e -> descriptions.add(e.get("description").asString()));
		assertThat(descriptions).anyMatch(d -> d.startsWith("last_name/first_name:"))
			.anyMatch(d -> d.startsWith("phone:"))
			.anyMatch(d -> d.startsWith("attribute[respondent_name]:"))
			.anyMatch(d -> d.startsWith("attribute[request]:"));
		Answer xml = get("/open311/v2/requests.xml", null);
		assertThat(xml.status()).isEqualTo(403);
		Document doc = parse(xml);
		assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("errors");
		assertThat(doc.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("403");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.redshield.categories.Categories categories;

	private int categoryCount(String kind) {
		return categories.list(org.redshield.categories.CategoryKind.valueOf(kind), false).size();
	}

	private String createComplaint() {
		Answer a = form("/open311/v2/requests.json", complaintForm("O311-" + UUID.randomUUID()));
		assertThat(a.status()).as(a.text()).isEqualTo(200);
		return a.json().get(0).get("service_request_id").asString();
	}

	private String complaintForm(String partnerOrderNumber) {
		return "api_key=" + apiKey + "&jurisdiction_id=130400&service_code=TS-G127"
				+ "&address_string=" + enc("邯郸市丛台区中华北大街8号") + "&address_id=130403"
				+ "&lat=36.6123&long=114.4923&first_name=" + enc("小明") + "&last_name=" + enc("王")
				+ "&phone=13800138000&email=wang%40example.cn&description=" + enc("购买的冰箱三天后不制冷")
				+ "&media_url=" + enc("https://img.example.cn/fridge.jpg")
				+ "&" + enc("attribute[complainant_address]") + "=" + enc("河北省邯郸市丛台区人民路1号")
				+ "&" + enc("attribute[respondent_name]") + "=" + enc("邯郸某电器商行")
				+ "&" + enc("attribute[request]") + "=" + enc("退货退款")
				+ "&" + enc("attribute[amount]") + "=2999" + "&" + enc("attribute[issue]") + "=I01"
				+ "&" + enc("attribute[partner_order_number]") + "=" + enc(partnerOrderNumber);
	}

	private String staffToken() {
		return post("/api/v1/tokens", "operator", "{\"name\":\"open311\"}").json().get("token").asString();
	}

	private Answer form(String path, String body) {
		return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static List<String> ids(Answer a) {
		List<String> ids = new ArrayList<>();
		a.json().forEach(r -> ids.add(r.get("service_request_id").asString()));
		return ids;
	}

	private static void assertValid(String schema, Answer a) {
		assertThat(SCHEMAS.validate(schema, a.text())).as(schema + " for " + a.text()).isEmpty();
	}

	private static Document parse(Answer a) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(a.text().getBytes(StandardCharsets.UTF_8)));
	}

	/** The XML twin holds the same items, fields and values (as text) as the JSON answer (the Spark convention). */
	private static void assertSameAsJson(Answer xml, JsonNode json, String root, String item) throws Exception {
		Document doc = parse(xml);
		Element top = doc.getDocumentElement();
		assertThat(top.getNodeName()).isEqualTo(root);
		List<Element> items = children(top);
		assertThat(items).hasSize(json.size());
		for (int i = 0; i < items.size(); i++) {
			Element e = items.get(i);
			assertThat(e.getNodeName()).isEqualTo(item);
			JsonNode expected = json.get(i);
			List<String> names = new ArrayList<>();
			for (Element field : children(e)) {
				names.add(field.getNodeName());
				JsonNode value = expected.get(field.getNodeName());
				assertThat(field.getTextContent()).as(field.getNodeName())
					.isEqualTo(value.isNull() ? "" : value.asString());
			}
			assertThat(names).containsExactlyElementsOf(expected.propertyNames());
		}
	}

	private static List<Element> children(Element parent) {
		List<Element> list = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				list.add(e);
			}
		}
		return list;
	}
}
