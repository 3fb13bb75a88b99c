package org.redshield.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redshield.intake.CaseJson.complaintAgainst;
import static org.redshield.intake.CaseJson.complaintInDivision;
import static org.redshield.intake.CaseJson.report;

import org.junit.jupiter.api.Test;

import org.redshield.IntegrationTestSupport;

import tools.jackson.databind.JsonNode;

/**
 * Each new complaint or report goes straight to the competent unit of the demo city (Handan: one bureau per county
 * division), over HTTP on real PostgreSQL.
 */
class RoutingIntegrationTests extends IntegrationTestSupport {

	private JsonNode register(String json) {
		Answer a = post("/api/v1/cases", "operator", json);
		assertThat(a.status()).as(a.text()).isEqualTo(201);
		return a.json();
	}

	/** N13: 投诉由被投诉人实际经营地或者住所地县级市场监督管理部门处理. */
	@Test
	void complaintGoesToTheBureauWhereTheRespondentOperates() {
		JsonNode c = register(complaintInDivision("130403"));
		assertThat(c.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD130403");
		assertThat(c.get("handlingUnit").get("divisionCode").asString()).isEqualTo("130403");
		assertThat(c.get("routingBasis").asString()).startsWith("N13");
	}

	/** N13: 对平台内经营者的投诉，由其在平台公示的地址所在地县级市场监督管理部门...处理. */
	@Test
	void platformSellerWithAShownAddressGoesWhereThatAddressLies() {
		JsonNode c = register(complaintAgainst("""
				{"name":"某旗舰店","address":"武安市某街1号","divisionCode":"130481",
				 "platform":{"name":"某电商平台","divisionCode":"330106"}}"""));
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD130481");
		assertThat(c.get("respondent").get("platform").get("name").asString()).isEqualTo("某电商平台");
	}

	/** N13: 未在平台依法公示地址...的，由平台经营者住所地县级市场监督管理部门处理. */
	@Test
	void platformSellerWithoutAShownAddressGoesToThePlatformsDomicile() {
		JsonNode c = register(complaintAgainst("""
				{"name":"某小店","address":"平台未公示","platform":{"name":"邯郸本地生活平台","divisionCode":"130402"}}"""));
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD130402");
		assertThat(c.get("routingBasis").asString()).contains("平台经营者住所地");
	}

	/** A platform outside the installation: the case waits for transfer out to the platform's domicile. */
	@Test
	void platformSellerWithoutAddressOnAPlatformElsewhereWaitsForTransferOut() {
		JsonNode c = register(complaintAgainst("""
				{"name":"某小店","address":"平台未公示","platform":{"name":"某电商平台","divisionCode":"330106"}}"""));
		assertThat(c.get("status").asString()).isEqualTo("PENDING_TRANSFER_OUT");
		assertThat(c.get("handlingUnit").isNull()).isTrue();
		assertThat(c.get("transferDivisionCode").asString()).isEqualTo("330106");
	}

	/** A competent division outside the tree is not an error: the case waits with the target division recorded. */
	@Test
	void respondentInAnotherCityWaitsForTransferOut() {
		JsonNode c = register(complaintInDivision("110105"));
		assertThat(c.get("status").asString()).isEqualTo("PENDING_TRANSFER_OUT");
		assertThat(c.get("handlingUnit").isNull()).isTrue();
		assertThat(c.get("transferDivisionCode").asString()).isEqualTo("110105");
		assertThat(post("/api/v1/cases/" + c.get("number").asString() + "/transfer-out", "dispatcher",
				"{\"note\":\"转北京市朝阳区市场监督管理局\"}").json().get("status").asString()).isEqualTo("TRANSFERRED_OUT");
	}

	/** N29: 举报由被举报行为发生地的县级以上市场监督管理部门处理 — not where the respondent is registered. */
	@Test
	void reportGoesWhereTheConductTookPlace() {
		JsonNode c = register(report("{\"name\":\"某超市\",\"address\":\"邯山区\",\"divisionCode\":\"130402\"}", "130426"));
		assertThat(c.get("type").asString()).isEqualTo("REPORT");
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD130426");
		assertThat(c.get("routingBasis").asString()).startsWith("N29");
		assertThat(c.get("deadlines").get(0).get("step").asString()).isEqualTo("VERIFICATION");
	}

	/** N31: 对平台内经营者的举报，由其实际经营地县级以上市场监督管理部门处理 — not the platform's domicile. */
	@Test
	void reportAgainstAPlatformSellerGoesWhereItActuallyOperates() {
		JsonNode c = register(report("""
				{"name":"某网店","address":"峰峰矿区某村","platform":{"name":"某电商平台","divisionCode":"330106"}}""",
				"130406"));
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD130406");
		assertThat(c.get("routingBasis").asString()).startsWith("N31");
	}

	/** Without a division code the respondent's address text names the county. */
	@Test
	void divisionIsTakenFromTheAddressWhenNoCodeIsGiven() {
		JsonNode c = register(complaintAgainst("""
				{"name":"武安某商场","address":"河北省邯郸市武安市中兴路18号"}"""));
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD130481");
	}

	/** Only the city is known: the centre keeps it for a dispatcher, who dispatches it by hand. */
	@Test
	void cityLevelOnlyStaysAtTheCentreForManualDispatch() {
		JsonNode c = register(complaintInDivision("130400"));
		assertThat(c.get("status").asString()).isEqualTo("REGISTERED");
		assertThat(c.get("handlingUnit").get("code").asString()).isEqualTo("HD12315");
		JsonNode d = post("/api/v1/cases/" + c.get("number").asString() + "/dispatch", "dispatcher",
				"{\"unitCode\":\"HD130404\"}").json();
		assertThat(d.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(d.get("handlingUnit").get("code").asString()).isEqualTo("HD130404");
	}

	/**
	 * N41: a unit without competence returns the case to the unified intake unit and must not forward it itself; the
	 * dispatcher reroutes it.
	 */
	@Test
	void aUnitWithoutCompetenceReturnsTheCaseAndTheDispatcherReroutesIt() {
		String number = register(complaintInDivision("130403")).get("number").asString();
		assertThat(post("/api/v1/cases/" + number + "/reroute", "officer", "{\"unitCode\":\"HD130481\"}").status())
			.isEqualTo(403);
		assertThat(post("/api/v1/cases/" + number + "/assign", "officer", "{\"unitCode\":\"HD130481\"}").status())
			.isEqualTo(400);
		Answer returned = post("/api/v1/cases/" + number + "/return", "officer", "{\"note\":\"被投诉人实际在武安经营\"}");
		assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.json().get("handlingUnit").get("code").asString()).isEqualTo("HD12315");
		assertThat(get("/api/v1/cases/" + number, "officer").status()).isEqualTo(404);
		JsonNode rerouted = post("/api/v1/cases/" + number + "/dispatch", "dispatcher", "{\"unitCode\":\"HD130481\"}")
			.json();
		assertThat(rerouted.get("handlingUnit").get("code").asString()).isEqualTo("HD130481");
		assertThat(get("/api/v1/cases/" + number, "officer2").status()).isEqualTo(200);
	}

	/** N30: a bureau hands a case to its own branch office, which then sees it. */
	@Test
	void aBureauAssignsACaseToItsBranchOffice() {
		String number = register(complaintInDivision("130403")).get("number").asString();
		assertThat(get("/api/v1/cases/" + number, "branch").status()).isEqualTo(404);
		JsonNode assigned = post("/api/v1/cases/" + number + "/assign", "officer", "{\"unitCode\":\"HD130403-01\"}")
			.json();
		assertThat(assigned.get("handlingUnit").get("code").asString()).isEqualTo("HD130403-01");
		assertThat(get("/api/v1/cases/" + number, "branch").status()).isEqualTo(200);
		assertThat(get("/api/v1/cases/" + number, "officer").status()).isEqualTo(200);
	}
}
