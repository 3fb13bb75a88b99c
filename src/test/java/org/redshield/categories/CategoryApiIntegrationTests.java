package org.redshield.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.redshield.IntegrationTestSupport;
import org.redshield.intake.CaseJson;

import tools.jackson.databind.JsonNode;

/**
 * The codebook is data an administrator edits over the API: entries are added, renamed, reordered and retired, never
 * deleted or moved to another list; everyone else reads it.
 */
class CategoryApiIntegrationTests extends IntegrationTestSupport {

	static List<String> fields(Answer a) {
		List<String> fields = new ArrayList<>();
		a.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	static List<String> keys(JsonNode list) {
		List<String> keys = new ArrayList<>();
		list.forEach(c -> keys.add(c.get("key").asString()));
		return keys;
	}

	@Test
	void everyoneReadsTheListsInCodebookOrder() {
		Answer goods = get("/api/v1/categories?kind=GOODS", "operator");
		assertThat(goods.status()).isEqualTo(200);
		assertThat(goods.json().get(0).get("key").asString()).isEqualTo("G101");
		assertThat(goods.json().get(0).get("nameZh").asString()).isEqualTo("食品");
		goods.json().forEach(c -> assertThat(c.get("kind").asString()).isEqualTo("GOODS"));
		assertThat(keys(get("/api/v1/categories", "officer").json())).contains("G101", "S07", "I12", "R03");
		assertThat(get("/api/v1/categories/S07", "officer").json().get("nameEn").asString()).isEqualTo("Telecom services");
		assertThat(get("/api/v1/categories/NOPE", "officer").status()).isEqualTo(404);
		assertThat(get("/api/v1/categories?kind=FRUIT", "officer").status()).isEqualTo(400);
	}

	@Test
	void anAdministratorAddsRenamesAndRetiresAnEntry() {
		String key = "S-PREPAID-TEST";
		Answer created = put("/api/v1/categories/" + key, "admin",
				"{\"kind\":\"SERVICE\",\"nameZh\":\"预付式消费\",\"nameEn\":\"Prepaid services\"}");
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("active").asBoolean()).isTrue();
		assertThat(created.json().get("position").asInt()).isGreaterThan(26);
		assertThat(keys(get("/api/v1/categories?kind=SERVICE", "operator").json())).contains(key);

		Answer renamed = put("/api/v1/categories/" + key, "admin", "{\"nameZh\":\"预付式消费服务\",\"position\":3}");
		assertThat(renamed.status()).isEqualTo(200);
		assertThat(renamed.json().get("nameZh").asString()).isEqualTo("预付式消费服务");
		assertThat(renamed.json().get("nameEn").asString()).isEqualTo("Prepaid services");
		assertThat(renamed.json().get("position").asInt()).isEqualTo(3);

		// intake takes the new key while it is active
		String complaint = CaseJson.complaintInDivision("130403").replace("\"amount\":2999",
				"\"amount\":2999,\"category\":\"" + key + "\"");
		assertThat(post("/api/v1/cases", "operator", complaint).status()).isEqualTo(201);

		Answer retired = put("/api/v1/categories/" + key, "admin", "{\"active\":false}");
		assertThat(retired.json().get("active").asBoolean()).isFalse();
		assertThat(keys(get("/api/v1/categories?kind=SERVICE", "operator").json())).doesNotContain(key);
		assertThat(keys(get("/api/v1/categories?kind=SERVICE&includeRetired=true", "operator").json())).contains(key);
		Answer refused = post("/api/v1/cases", "operator", complaint);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).contains("category");
		// the cases registered under it keep the key, and its name
		assertThat(get("/api/v1/categories/" + key, "officer").json().get("nameZh").asString()).isEqualTo("预付式消费服务");
	}

	@Test
	void keysAndKindsNeverChange() {
		Answer moved = put("/api/v1/categories/G101", "admin", "{\"kind\":\"SERVICE\"}");
		assertThat(moved.status()).isEqualTo(400);
		assertThat(fields(moved)).containsExactly("kind");
		assertThat(get("/api/v1/categories/G101", "admin").json().get("kind").asString()).isEqualTo("GOODS");
		assertThat(post("/api/v1/categories/G101", "admin", "{}").status()).isIn(404, 405);
	}

	@Test
	void aBadEntryIsRefusedNamingEveryField() {
		Answer bad = put("/api/v1/categories/bad%20key", "admin",
				"{\"kind\":\"FRUIT\",\"nameZh\":\" \",\"position\":0,\"legacyCode\":\"\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactlyInAnyOrder("key", "kind", "nameZh", "nameEn", "position", "legacyCode");
		Answer noKind = put("/api/v1/categories/G-NEW-TEST", "admin", "{\"nameZh\":\"新\",\"nameEn\":\"New\"}");
		assertThat(fields(noKind)).containsExactly("kind");
		assertThat(get("/api/v1/categories/G-NEW-TEST", "admin").status()).isEqualTo(404);
	}

	@Test
	void onlyAnAdministratorEditsTheCodebook() {
		for (String user : List.of("operator", "dispatcher", "officer", "leader")) {
			assertThat(put("/api/v1/categories/G101", user, "{\"nameZh\":\"食物\"}").status()).as(user).isEqualTo(403);
		}
		assertThat(get("/api/v1/categories/G101", "officer").json().get("nameZh").asString()).isEqualTo("食品");
	}
}
