package org.redshield.intake;

import java.math.BigDecimal;

/**
 * The body of {@code POST /api/v1/cases}: a new item as an operator or a partner system submits it. Types and
 * channels are strings so that a wrong value is reported by field name, like every other bad field.
 *
 * @param receivedAt ISO-8601 with offset; letters and visits are registered after the fact; default now
 * @param answer for a consultation (or suggestion, request for help) answered on the spot: closes it at intake
 * @param reportFacts report content found in a complaint: registered as a second, linked report (N9)
 * @param category codebook key of the goods or services category (商品/服务类别), optional
 * @param issue codebook key of the issue type (投诉问题) or, for a report, the report type (举报类别), optional
 */
public record CaseRequest(String type, String channel, String receivedAt, PartyRequest complainant,
		RespondentRequest respondent, String conductDivisionCode, String request, String facts, BigDecimal amount,
		String answer, String reportFacts, String category, String issue) {

	/** A request without categories (assigned later by the officer). */
	public CaseRequest(String type, String channel, String receivedAt, PartyRequest complainant,
			RespondentRequest respondent, String conductDivisionCode, String request, String facts, BigDecimal amount,
			String answer, String reportFacts) {
		this(type, channel, receivedAt, complainant, respondent, conductDivisionCode, request, facts, amount, answer,
				reportFacts, null, null);
	}

	public record PartyRequest(String name, String phone, String address) {
	}

	public record PlatformRequest(String name, String divisionCode) {
	}

	public record RespondentRequest(String name, String address, String divisionCode, PlatformRequest platform) {
	}
}
