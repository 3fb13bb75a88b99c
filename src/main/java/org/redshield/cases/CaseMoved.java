package org.redshield.cases;

import java.time.Instant;

/**
 * Published for every move of every case, registration included (the other modules react to it: partner feedback,
 * notifications, figures).
 */
public record CaseMoved(String number, CaseType type, Channel channel, Move move, CaseStatus from, CaseStatus to,
		String handlingUnitCode, String reason, Instant at, String actor) {
}
