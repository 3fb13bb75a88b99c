package org.redshield.cases;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a case's history (办理记录): who did what, when, from which state to which, and why.
 */
@Table("case_timeline")
public record TimelineEntry(Instant at, Move move, CaseStatus fromStatus, CaseStatus toStatus, String actor,
		String actorName, String unitCode, String reason, String note) {
}
