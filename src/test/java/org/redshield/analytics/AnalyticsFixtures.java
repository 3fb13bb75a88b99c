package org.redshield.analytics;

/**
 * JSON bodies for {@code POST /api/v1/cases} with receipt times in 2024-2025 and respondents named 析测…, which no
 * other test uses, so that exact counts hold while other tests add cases to the same database.
 */
final class AnalyticsFixtures {

	static final String FROM = "2025-03-03";

	static final String TO = "2025-03-16";

	static final String SHOP = "析测甲商行";

	static final String TELECOM = "析测乙通信公司";

	private AnalyticsFixtures() {
	}

	static String complaint(String receivedAt, String channel, String respondent, String division, String category,
			String issue) {
		return """
				{"type":"COMPLAINT","channel":"%s","receivedAt":"%s",
				 "complainant":{"name":"王小明","phone":"13800138000","address":"河北省邯郸市丛台区人民路1号"},
				 "respondent":{"name":"%s","address":"邯郸市某路8号","divisionCode":"%s"},
				 "request":"退款","facts":"商品有质量问题","amount":300,
				 "category":%s,"issue":%s}
				""".formatted(channel, receivedAt, respondent, division, quoted(category), quoted(issue));
	}

	static String report(String receivedAt, String respondent, String division, String issue) {
		return """
				{"type":"REPORT","channel":"WEB","receivedAt":"%s",
				 "respondent":{"name":"%s","address":"邯郸市某路9号","divisionCode":"%s"},
				 "conductDivisionCode":"%s","facts":"该店销售过期食品","issue":%s}
				""".formatted(receivedAt, respondent, division, division, quoted(issue));
	}

	static String consultation(String receivedAt) {
		return """
				{"type":"CONSULTATION","channel":"HOTLINE","receivedAt":"%s",
				 "complainant":{"name":"李四","phone":"13900139000"},
				 "request":"如何申请七日无理由退货","answer":"已告知退货流程"}
				""".formatted(receivedAt);
	}

	private static String quoted(String s) {
		return s == null ? "null" : "\"" + s + "\"";
	}
}
