package org.redshield.intake;

/**
 * JSON bodies for {@code POST /api/v1/cases}, built from the demo city (Handan, 130400).
 */
public final class CaseJson {

	private CaseJson() {
	}

	public static String complaintAgainst(String respondentJson) {
		return """
				{"type":"COMPLAINT","channel":"HOTLINE",
				 "complainant":{"name":"张三","phone":"13800138000","address":"河北省邯郸市丛台区人民路1号"},
				 "respondent":%s,
				 "request":"退货并退款","facts":"购买的冰箱三天后不制冷","amount":2999}
				""".formatted(respondentJson);
	}

	public static String complaintInDivision(String divisionCode) {
		return complaintAgainst("""
				{"name":"邯郸某电器商行","address":"邯郸市某路8号","divisionCode":"%s"}""".formatted(divisionCode));
	}

	public static String report(String respondentJson, String conductDivisionCode) {
		return """
				{"type":"REPORT","channel":"WEB",
				 "respondent":%s,
				 "conductDivisionCode":%s,
				 "facts":"该店销售过期食品"}
				""".formatted(respondentJson, conductDivisionCode == null ? "null" : "\"" + conductDivisionCode + "\"");
	}
}
