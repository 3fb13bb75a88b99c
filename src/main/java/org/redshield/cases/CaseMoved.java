package org.redshield.cases;

import java.time.Instant;

/**
 * Published for every move of every case, registration included (the other modules react to it: partner feedback,
 * notifications, figures).
 *
 * @param sourcePartnerCode the partner hotline that transferred the case in, or null
 * @param partnerOrderNumber that partner's own work-order number, or null
 * @param targetUnitCode for a transfer out, the unit it goes to (a partner hotline, the police), or null
 */
public record CaseMoved(String number, CaseType type, Channel channel, Move move, CaseStatus from, CaseStatus to,
		String handlingUnitCode, String reason, String note, Instant at, String actor, String sourcePartnerCode,
		String partnerOrderNumber, String targetUnitCode) {
}
