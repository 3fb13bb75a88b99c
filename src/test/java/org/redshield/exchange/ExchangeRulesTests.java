package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.redshield.calendar.WorkingDayCalendar;
import org.redshield.cases.Move;

/**
 * The named rules of the exchange: a partner's feedback rule (working days on the holiday calendar, the moves it
 * hears), the retry backoff, transfer routing by division prefix, callback URLs, and the Open311 XML shape.
 */
class ExchangeRulesTests {

	@Test
	void feedbackIsDueTheRulesWorkingDaysAfterReceiptAcrossNationalDay() {
		FeedbackRule rule = new FeedbackRule(5, FeedbackRule.DEFAULT_MOVES, true);
		// received Wed 30 Sep 2026; 1-7 Oct are holidays, Sat 10 Oct a swapped workday: 8, 9, 10, 12, 13 Oct
		assertThat(rule.dueDate(LocalDate.of(2026, 9, 30), WorkingDayCalendar.shipped()))
			.isEqualTo(LocalDate.of(2026, 10, 13));
	}

	@Test
	void partnersHearTheDecisionTheEndOfMediationAndClosureByDefault() {
		FeedbackRule rule = new FeedbackRule(15, FeedbackRule.DEFAULT_MOVES, true);
		assertThat(rule.wants(Move.ACCEPT)).isTrue();
		assertThat(rule.wants(Move.REFUSE)).isTrue();
		assertThat(rule.wants(Move.RECORD_AGREEMENT)).isTrue();
		assertThat(rule.wants(Move.TERMINATE_MEDIATION)).isTrue();
		assertThat(rule.wants(Move.CLOSE)).isTrue();
		assertThat(rule.wants(Move.START_MEDIATION)).isFalse();
		assertThat(rule.wants(Move.NOTE)).isFalse();
		assertThat(new FeedbackRule(15, EnumSet.of(Move.NOTE), true).wants(Move.NOTE)).isTrue();
	}

	@Test
	void backoffDoublesFromTheBaseUpToTheCap() {
		ExchangeProperties p = ExchangeProperties.defaults();
		assertThat(p.backoff(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(p.backoff(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(p.backoff(5)).isEqualTo(Duration.ofSeconds(16));
		assertThat(p.backoff(10)).isEqualTo(Duration.ofSeconds(512));
		assertThat(p.backoff(11)).isEqualTo(Duration.ofMinutes(10));
		assertThat(p.backoff(500)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void theLongestDivisionPrefixTakesATransfer() {
		Partner province = partner("P", List.of("13"));
		Partner city = partner("C", List.of("1301", "1302"));
		assertThat(province.transferMatch("130102")).isEqualTo(2);
		assertThat(city.transferMatch("130102")).isEqualTo(4);
		assertThat(city.transferMatch("110105")).isZero();
		assertThat(city.transferMatch(null)).isZero();
	}

	@Test
	void callbacksAreAbsoluteHttpUrlsOrTheSimulatorsPaths() {
		assertThat(Partners.validCallback("https://12345.example.gov.cn/redshield/feedback")).isTrue();
		assertThat(Partners.validCallback("http://127.0.0.1:9000/cb")).isTrue();
		assertThat(Partners.validCallback("/simulator/HD12345/callback")).isTrue();
		assertThat(Partners.validCallback("/simulator/../admin/callback")).isFalse();
		assertThat(Partners.validCallback("ftp://host/x")).isFalse();
		assertThat(Partners.validCallback("not a url")).isFalse();
	}

	@Test
	void open311XmlHasTheDeclarationEmptyElementsForNullsAndSingularListItems() {
		Map<String, Object> definition = new java.util.LinkedHashMap<>();
		definition.put("service_code", "TS");
		definition.put("attributes", List.of(Map.of("code", "request")));
		definition.put("note", null);
		String xml = Open311Output.utf8(Open311Output.object(200, "xml", "service_definition", definition).getBody());

		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("<service_definition><service_code>TS</service_code>"
					+ "<attributes><attribute><code>request</code></attribute></attributes><note/></service_definition>");
	}

	private static Partner partner(String code, List<String> divisions) {
		return new Partner(code, code, "http://x", "s", new FeedbackRule(15, FeedbackRule.DEFAULT_MOVES, true),
				divisions, true, true, true, null, null);
	}
}
