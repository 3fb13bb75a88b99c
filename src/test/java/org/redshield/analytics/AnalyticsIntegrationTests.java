package org.redshield.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redshield.analytics.AnalyticsFixtures.*;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.redshield.IntegrationTestSupport;
import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.shared.ChinaTime;

import tools.jackson.databind.JsonNode;

/**
 * Every figure of the dashboard equals a direct SQL count over the same cases, for the centre and for a bureau, with
 * cases that moved between units and cases that changed category; the lists behind the figures hold exactly the cases
 * counted.
 */
class AnalyticsIntegrationTests extends IntegrationTestSupport {

	/** The cases registered once for all tests of this class, by role in the story. */
	static final Map<String, String> CASES = new HashMap<>();

	@BeforeEach
	void registerCasesOnce() {
		synchronized (CASES) {
			if (!CASES.isEmpty()) {
				return;
			}
			// mediated successfully (500 yuan recovered) and closed, at 丛台区局
			String mediated = register(complaint("2025-03-03T10:00:00+08:00", "HOTLINE", SHOP, "130403", "G101", "I01"));
			move(mediated, "accept", "officer", "{}");
			move(mediated, "start-mediation", "officer", "{}");
			move(mediated, "record-agreement", "officer", "{\"recoveredAmount\":500.50}");
			move(mediated, "close", "officer", "{}");
			// refused
			String refused = register(complaint("2025-03-04T09:00:00+08:00", "WEB", SHOP, "130403", "G101", "I12"));
			move(refused, "refuse", "officer", "{\"reason\":\"ALREADY_HANDLED\"}");
			// registered for 丛台区局, rerouted by the dispatcher to 武安市局, accepted there
			String moved = register(complaint("2025-03-05T15:00:00+08:00", "HOTLINE", TELECOM, "130403", "S07", "I12"));
			move(moved, "reroute", "dispatcher", "{\"unitCode\":\"HD130481\"}");
			move(moved, "accept", "officer2", "{}");
			// registered as food, recategorised by the officer as telecom services / contract
			String recategorised = register(
					complaint("2025-03-06T11:00:00+08:00", "APP", TELECOM, "130481", "G101", "I01"));
			move(recategorised, "categorize", "officer2", "{\"category\":\"S07\",\"issue\":\"I07\",\"note\":\"实为宽带合同\"}");
			// a report and a consultation answered at once (closed), and a complaint not yet classified
			register(report("2025-03-07T08:30:00+08:00", SHOP, "130403", "R03"));
			register(consultation("2025-03-08T14:00:00+08:00"));
			register(complaint("2025-03-16T23:59:00+08:00", "LETTER", SHOP, "130403", null, null));
			// outside the range: the day after, the period before, the year before
			register(complaint("2025-03-17T00:00:00+08:00", "LETTER", SHOP, "130403", "G101", "I01"));
			register(complaint("2025-02-20T10:00:00+08:00", "HOTLINE", SHOP, "130403", "G101", "I01"));
			register(complaint("2025-02-21T10:00:00+08:00", "HOTLINE", SHOP, "130403", "G101", "I01"));
			register(complaint("2024-03-05T10:00:00+08:00", "HOTLINE", SHOP, "130403", "G101", "I01"));
			CASES.put("mediated", mediated);
			CASES.put("refused", refused);
			CASES.put("moved", moved);
			CASES.put("recategorised", recategorised);
		}
	}

	String register(String json) {
		Answer a = post("/api/v1/cases", "operator", json);
		assertThat(a.status()).as(a.text()).isEqualTo(201);
		return a.json().get("number").asString();
	}

	void move(String number, String move, String user, String json) {
		Answer a = post("/api/v1/cases/" + number + "/" + move, user, json);
		assertThat(a.status()).as(move + " " + a.text()).isEqualTo(200);
	}

	JsonNode figures(String user, String query) {
		Answer a = get("/api/v1/analytics/figures?" + query, user);
		assertThat(a.status()).as(a.text()).isEqualTo(200);
		return a.json();
	}

	static String q(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	// --- direct SQL, written independently of the module's predicates -------------------------------------------

	/** Cases received on these dates, handled within the subtree of the unit (null: everything), plus a condition. */
	long sql(String from, String to, String unit, String condition, Object... params) {
		List<Object> all = new ArrayList<>(List.of(LocalDate.parse(from), LocalDate.parse(to)));
		String scope = "";
		if (unit != null) {
			scope = " and c.handling_unit_code in (select code from unit where path like (select path from unit where code = ?) || '%')";
			all.add(unit);
		}
		all.addAll(List.of(params));
		return jdbc.sql("select count(*) from cases c where c.received_on between ? and ?" + scope + " and (" + condition
				+ ")").params(all).query(Long.class).single();
	}

	BigDecimal sqlRecovered(String from, String to, String unit) {
		List<Object> all = new ArrayList<>(List.of(LocalDate.parse(from), LocalDate.parse(to)));
		String scope = "";
		if (unit != null) {
			scope = " and c.handling_unit_code in (select code from unit where path like (select path from unit where code = ?) || '%')";
			all.add(unit);
		}
		return jdbc.sql("select coalesce(sum(recovered_amount), 0) from cases c where c.received_on between ? and ?" + scope)
			.params(all)
			.query(BigDecimal.class)
			.single();
	}

	void assertFiguresMatchSql(JsonNode f, String from, String to, String unit) {
		assertThat(f.get("received").asLong()).isEqualTo(sql(from, to, unit, "true"));
		for (CaseType t : CaseType.values()) {
			assertThat(f.get("byType").get(t.name()).asLong()).as(t.name()).isEqualTo(sql(from, to, unit, "type = ?", t.name()));
		}
		for (Channel ch : Channel.values()) {
			assertThat(f.get("byChannel").get(ch.name()).asLong()).as(ch.name())
				.isEqualTo(sql(from, to, unit, "channel = ?", ch.name()));
		}
		assertThat(f.get("accepted").asLong()).isEqualTo(
				sql(from, to, unit, "c.id in (select case_id from case_timeline where move = 'ACCEPT')"));
		assertThat(f.get("refused").asLong()).isEqualTo(
				sql(from, to, unit, "c.id in (select case_id from case_timeline where move = 'REFUSE')"));
		assertThat(f.get("mediated").asLong()).isEqualTo(
				sql(from, to, unit, "c.id in (select case_id from case_timeline where move = 'RECORD_AGREEMENT')"));
		assertThat(f.get("closed").asLong()).isEqualTo(sql(from, to, unit, "status = 'CLOSED'"));
		assertThat(f.get("linkage").asLong()).isEqualTo(sql(from, to, unit, "source_partner_code is not null"));
		assertThat(f.get("recoveredAmount").decimalValue()).isEqualByComparingTo(sqlRecovered(from, to, unit));
		assertThat(f.get("satisfaction").isNull()).isTrue();
		for (JsonNode b : f.get("byCategory")) {
			String cond = b.get("key").isNull() ? "category_key is null" : "category_key = '" + b.get("key").asString() + "'";
			assertThat(b.get("count").asLong()).as(cond).isEqualTo(sql(from, to, unit, cond));
		}
		assertThat(sum(f.get("byCategory"))).isEqualTo(f.get("received").asLong());
		for (JsonNode b : f.get("byIssue")) {
			String cond = b.get("key").isNull() ? "issue_key is null" : "issue_key = '" + b.get("key").asString() + "'";
			assertThat(b.get("count").asLong()).as(cond).isEqualTo(sql(from, to, unit, cond));
		}
		assertThat(sum(f.get("byIssue"))).isEqualTo(f.get("received").asLong());
		for (JsonNode b : f.get("byUnit")) {
			String cond = b.get("key").isNull() ? "handling_unit_code is null"
					: "handling_unit_code in (select code from unit where path like (select path from unit where code = '"
							+ b.get("key").asString() + "') || '%')"
							+ (b.get("key").asString().equals(unit == null ? "HD12315" : unit)
									? " and handling_unit_code = '" + b.get("key").asString() + "'" : "");
			assertThat(b.get("count").asLong()).as(cond).isEqualTo(sql(from, to, unit, cond));
		}
		assertThat(sum(f.get("byUnit"))).isEqualTo(f.get("received").asLong());
		assertThat(sum(f.get("byRegion"))).isEqualTo(f.get("received").asLong());
		for (JsonNode b : f.get("byRegion")) {
			if (!b.get("key").isNull() && b.get("key").asString().matches("\\d{4}[1-9]\\d|\\d{5}[1-9]")) {
				String cond = "coalesce(respondent_division_code, competent_division_code) = '" + b.get("key").asString() + "'";
				assertThat(b.get("count").asLong()).as(cond).isEqualTo(sql(from, to, unit, cond));
			}
		}
		long trend = 0;
		for (JsonNode p : f.get("trend")) {
			trend += p.get("received").asLong();
		}
		assertThat(trend).isEqualTo(f.get("received").asLong());
	}

	static long sum(JsonNode buckets) {
		long n = 0;
		for (JsonNode b : buckets) {
			n += b.get("count").asLong();
		}
		return n;
	}

	// --- tests ---------------------------------------------------------------------------------------------------

	@Test
	void everyFigureOfTheCentreEqualsADirectSqlCount() {
		assertFiguresMatchSql(figures("leader", "from=" + FROM + "&to=" + TO), FROM, TO, null);
		// and over a whole year, per month, with whatever other tests registered
		JsonNode year = figures("leader", "from=2025-01-01&to=2026-12-31");
		assertThat(year.get("trendStep").asString()).isEqualTo("MONTH");
		assertFiguresMatchSql(year, "2025-01-01", "2026-12-31", null);
	}

	@Test
	void everyFigureOfABureauEqualsADirectSqlCountOverItsSubtree() {
		assertFiguresMatchSql(figures("officer", "from=" + FROM + "&to=" + TO), FROM, TO, "HD130403");
		assertFiguresMatchSql(figures("officer2", "from=" + FROM + "&to=" + TO), FROM, TO, "HD130481");
		assertFiguresMatchSql(figures("leader", "from=" + FROM + "&to=" + TO + "&unit=HD130481"), FROM, TO, "HD130481");
	}

	@Test
	void aReroutedCaseCountsOnceUnderTheUnitHandlingItNow() {
		String range = "from=" + FROM + "&to=" + TO + "&respondent=" + q(TELECOM);
		JsonNode centre = figures("leader", range);
		assertThat(centre.get("received").asLong()).isEqualTo(2);
		assertThat(centre.get("byUnit")).hasSize(1);
		assertThat(centre.get("byUnit").get(0).get("key").asString()).isEqualTo("HD130481");
		assertThat(centre.get("byUnit").get(0).get("count").asLong()).isEqualTo(2);
		assertThat(figures("officer", range).get("received").asLong()).isZero();
		JsonNode wuan = figures("officer2", range);
		assertThat(wuan.get("received").asLong()).isEqualTo(2);
		assertThat(wuan.get("accepted").asLong()).isEqualTo(1);
		// the region stays the respondent's: 丛台区 for the rerouted one, 武安市 for the other
		assertThat(centre.get("byRegion").toString()).contains("\"key\":\"130403\"").contains("\"key\":\"130481\"");
	}

	@Test
	void aRecategorisedCaseCountsUnderItsNewCategoryOnly() {
		String range = "from=" + FROM + "&to=" + TO + "&respondent=" + q(TELECOM);
		JsonNode f = figures("leader", range);
		assertThat(f.get("byCategory")).hasSize(1);
		assertThat(f.get("byCategory").get(0).get("key").asString()).isEqualTo("S07");
		assertThat(f.get("byCategory").get(0).get("name").asString()).isEqualTo("电信服务");
		assertThat(f.get("byCategory").get(0).get("count").asLong()).isEqualTo(2);
		assertThat(f.get("byIssue").toString()).contains("\"key\":\"I07\"").doesNotContain("\"key\":\"I01\"");
		JsonNode food = figures("leader", "from=" + FROM + "&to=" + TO + "&category=G101&respondent=" + q(TELECOM));
		assertThat(food.get("received").asLong()).isZero();
	}

	@Test
	void theStoryOfTheShopAddsUp() {
		JsonNode f = figures("leader", "from=" + FROM + "&to=" + TO + "&respondent=" + q(SHOP));
		// mediated, refused, report, unclassified letter at 23:59 on the last day; not the one at 00:00 the day after
		assertThat(f.get("received").asLong()).isEqualTo(4);
		assertThat(f.get("byType").get("COMPLAINT").asLong()).isEqualTo(3);
		assertThat(f.get("byType").get("REPORT").asLong()).isEqualTo(1);
		assertThat(f.get("accepted").asLong()).isEqualTo(1);
		assertThat(f.get("refused").asLong()).isEqualTo(1);
		assertThat(f.get("mediated").asLong()).isEqualTo(1);
		assertThat(f.get("closed").asLong()).isEqualTo(1);
		assertThat(f.get("recoveredAmount").decimalValue()).isEqualByComparingTo("500.50");
		// accepted and refused in 2026, long after the seven working days
		assertThat(f.get("acceptanceDue").asLong()).isEqualTo(3);
		assertThat(f.get("acceptedOnTime").asLong()).isZero();
		assertThat(f.get("onTimeAcceptanceRate").asDouble()).isZero();
		assertThat(f.get("byCategory").toString()).contains("\"key\":null");
		// two in the fortnight before (环比 +100 %), one a year before (同比 +300 %)
		JsonNode received = f.get("changes").get("figures").get("received");
		assertThat(received.get("previousPeriod").asLong()).isEqualTo(2);
		assertThat(received.get("periodOnPeriod").asDouble()).isEqualTo(1.0);
		assertThat(received.get("previousYear").asLong()).isEqualTo(1);
		assertThat(received.get("yearOnYear").asDouble()).isEqualTo(3.0);
		assertThat(f.get("changes").get("previousPeriodFrom").asString()).isEqualTo("2025-02-17");
	}

	@Test
	void onTimeAcceptanceIsTheShareOfDueDecisionsTakenInTime() {
		String today = LocalDate.now(ChinaTime.ZONE).toString();
		String fresh = register(complaint(today + "T00:00:00+08:00", "HOTLINE", "析测丙超市", "130403", "G101", "I01"));
		move(fresh, "accept", "officer", "{}");
		String from = "2024-01-01";
		JsonNode f = figures("leader", "from=" + from + "&to=" + today);
		String decided = "(c.id in (select case_id from case_timeline where move in ('ACCEPT', 'REFUSE')))";
		String acceptance = "c.id in (select case_id from case_deadline d where d.step = 'ACCEPTANCE' and ";
		long due = sql(from, today, null, acceptance + "(" + decided
				+ " or coalesce(d.met_on, (now() at time zone 'Asia/Shanghai')::date) > d.due_date))");
		long onTime = sql(from, today, null, acceptance + decided + " and d.met_on <= d.due_date)");
		assertThat(f.get("acceptanceDue").asLong()).isEqualTo(due);
		assertThat(f.get("acceptedOnTime").asLong()).isEqualTo(onTime).isPositive();
		assertThat(f.get("acceptedLate").asLong()).isEqualTo(due - onTime);
		assertThat(f.get("onTimeAcceptanceRate").asDouble()).isCloseTo((double) onTime / due,
				org.assertj.core.data.Offset.offset(0.0001));
		long closed = sql(from, today, null, "status = 'CLOSED'");
		long closedOnTime = sql(from, today, null, "status = 'CLOSED' and c.id not in "
				+ "(select case_id from case_deadline where met_on > due_date)");
		assertThat(f.get("closedOnTime").asLong()).isEqualTo(closedOnTime);
		assertThat(f.get("onTimeClosureRate").asDouble()).isCloseTo((double) closedOnTime / closed,
				org.assertj.core.data.Offset.offset(0.0001));
	}

	@Test
	void theCasesBehindEveryFigureAreExactlyThoseCounted() {
		String range = "from=" + FROM + "&to=" + TO;
		JsonNode f = figures("leader", range);
		for (Measure m : Measure.values()) {
			JsonNode list = get("/api/v1/analytics/cases?" + range + "&measure=" + m + "&limit=500", "leader").json();
			long figure = f.get(m.jsonName()).asLong();
			assertThat(list.get("total").asLong()).as(m.name()).isEqualTo(figure);
			assertThat(list.get("items").size()).as(m.name()).isEqualTo((int) Math.min(figure, 500));
		}
		JsonNode shop = get("/api/v1/analytics/cases?" + range + "&measure=MEDIATED&respondent=" + q(SHOP), "leader")
			.json();
		assertThat(shop.get("items")).hasSize(1);
		JsonNode row = shop.get("items").get(0);
		assertThat(row.get("number").asString()).isEqualTo(CASES.get("mediated"));
		assertThat(row.get("complainantName").asString()).isEqualTo("王**");
		assertThat(row.get("complainantPhone").asString()).isEqualTo("138****8000");
		assertThat(row.get("categoryName").asString()).isEqualTo("食品");
		// a bar of the units chart lists the cases of that unit's subtree
		JsonNode wuan = get("/api/v1/analytics/cases?" + range + "&unit=HD130481&respondent=" + q(TELECOM), "leader")
			.json();
		assertThat(wuan.get("total").asLong()).isEqualTo(2);
		assertThat(wuan.get("items").toString()).contains(CASES.get("moved")).contains(CASES.get("recategorised"));
	}

	@Test
	void topRespondentsCountAndShareWithinTheIndustry() {
		String range = "from=" + FROM + "&to=" + TO;
		Answer a = get("/api/v1/analytics/top-respondents?" + range + "&category=G101&limit=10", "leader");
		assertThat(a.status()).as(a.text()).isEqualTo(200);
		long food = sql(FROM, TO, null, "category_key = 'G101'");
		JsonNode shop = null;
		for (JsonNode r : a.json()) {
			if (r.get("respondent").asString().equals(SHOP)) {
				shop = r;
			}
			assertThat(r.get("count").asLong()).isEqualTo(
					sql(FROM, TO, null, "category_key = 'G101' and btrim(respondent_name) = ?", r.get("respondent").asString()));
		}
		assertThat(shop).isNotNull();
		assertThat(shop.get("count").asLong()).isEqualTo(2);
		assertThat(shop.get("share").asDouble()).isCloseTo(2.0 / food, org.assertj.core.data.Offset.offset(0.0001));
		assertThat(a.json().size()).isLessThanOrEqualTo(10);

		JsonNode lists = get("/api/v1/analytics/top-lists?" + range, "leader").json();
		assertThat(lists.get("categories").get(0).get("count").asLong())
			.isGreaterThanOrEqualTo(lists.get("categories").get(lists.get("categories").size() - 1).get("count").asLong());
		for (JsonNode g : lists.get("categories")) {
			String key = g.get("key").asString();
			assertThat(g.get("count").asLong()).isEqualTo(sql(FROM, TO, null, "category_key = ?", key));
			assertThat(g.get("previousYear").asLong())
				.isEqualTo(sql("2024-03-03", "2024-03-16", null, "category_key = ?", key));
		}
		assertThat(lists.get("industries").get(0).get("respondents")).isNotEmpty();
	}

	@Test
	void aUnitOutsideTheCallersScopeDoesNotExist() {
		assertThat(get("/api/v1/analytics/figures?unit=HD130481", "officer").status()).isEqualTo(404);
		assertThat(get("/api/v1/analytics/figures?unit=NOPE", "leader").status()).isEqualTo(404);
		assertThat(get("/api/v1/analytics/cases?unit=HD130481", "officer").status()).isEqualTo(404);
		assertThat(get("/api/v1/analytics/top-respondents?unit=HD12315", "officer").status()).isEqualTo(404);
		assertThat(get("/api/v1/analytics/figures", null).status()).isEqualTo(401);
	}

	@Test
	void badFiltersAreReportedByField() {
		Answer a = get("/api/v1/analytics/figures?from=2025-13-01&to=yesterday&type=PARCEL&channel=X&region=12", "leader");
		assertThat(a.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		a.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("from", "to", "type", "channel", "region");
		assertThat(get("/api/v1/analytics/figures?from=2025-03-02&to=2025-03-01", "leader").status()).isEqualTo(400);
		assertThat(get("/api/v1/analytics/figures?category=NOPE", "leader").status()).isEqualTo(400);
		assertThat(get("/api/v1/analytics/top-respondents?limit=0", "leader").status()).isEqualTo(400);
		assertThat(get("/api/v1/analytics/cases?measure=EVERYTHING", "leader").status()).isEqualTo(400);
	}
}
