package org.redshield.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.redshield.IntegrationTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * N17: 同一投诉人对同一经营者...短期内大量投诉 (二); 多人使用同一手机号码、通讯地址等联系方式投诉 (四) — shown to the officer, never
 * a refusal by the platform.
 */
class ProfessionalClaimantSignalsIntegrationTests extends IntegrationTestSupport {

	private String complaint(String name, String phone, String address, String respondent) {
		return post("/api/v1/cases", "operator", """
				{"type":"COMPLAINT","channel":"WEB",
				 "complainant":{"name":"%s","phone":"%s","address":"%s"},
				 "respondent":{"name":"%s","address":"丛台区","divisionCode":"130403"},
				 "request":"退一赔十","facts":"标签不规范"}""".formatted(name, phone, address, respondent))
			.json()
			.get("number")
			.asString();
	}

	@Test
	void repeatedComplaintsByOnePhoneAgainstOneBusinessAreSignalled() {
		complaint("周一", "13500000001", "丛台区A小区", "丛台某食品店");
		complaint("周一", "13500000001", "丛台区A小区", "丛台某食品店");
		String third = complaint("周一", "13500000001", "丛台区A小区", "丛台某食品店");
		JsonNode signals = get("/api/v1/cases/" + third + "/signals", "officer").json();
		assertThat(signals).extracting(s -> s.get("code").asString()).containsExactly("SAME_RESPONDENT_90_DAYS");
		assertThat(signals.get(0).get("count").asInt()).isEqualTo(3);
		assertThat(signals.get(0).get("factor").asString()).isEqualTo("N17(二)");
		assertThat(get("/api/v1/cases/" + third, "officer").json().get("status").asString()).isEqualTo("DISPATCHED");
	}

	@Test
	void onePhoneUsedByDifferentNamesIsSignalled() {
		complaint("吴二", "13500000002", "丛台区B小区", "丛台某超市");
		String second = complaint("郑三", "13500000002", "丛台区C小区", "丛台某药店");
		assertThat(get("/api/v1/cases/" + second + "/signals", "officer").json())
			.extracting(s -> s.get("code").asString())
			.containsExactly("PHONE_SHARED_BY_NAMES");
	}

	@Test
	void anOrdinaryComplaintHasNoSignal() {
		String number = complaint("冯四", "13500000003", "丛台区D小区", "丛台某书店");
		assertThat(get("/api/v1/cases/" + number + "/signals", "officer").json()).isEmpty();
		assertThat(get("/api/v1/cases/" + number + "/signals", "officer2").status()).isEqualTo(404);
	}
}
