package org.redshield.cases;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A validated new item, with where routing says it belongs.
 *
 * @param intakeUnitCode the unit registering it (the centre), which holds it until dispatch
 * @param competentDivisionCode the division whose bureau is competent (N13/N29/N31), when known
 * @param routingBasis the rule that decided it, e.g. "N13 被投诉人所在地 130403"
 * @param routedUnitCode the competent unit routing found in the tree: the case is dispatched there at once
 * @param transferDivisionCode a competent division outside the tree: the case waits for transfer out
 * @param answer the operator's answer to a consultation, closing it at intake
 * @param source the partner hotline a transferred item came from, or null
 */
public record Registration(CaseType type, Channel channel, Instant receivedAt, Party complainant,
		Respondent respondent, String conductDivisionCode, String request, String facts, BigDecimal amount,
		String linkedCaseNumber, String intakeUnitCode, String competentDivisionCode, String routingBasis,
		String routedUnitCode, String transferDivisionCode, String answer, TransferSource source, String category,
		String issue) {
}
