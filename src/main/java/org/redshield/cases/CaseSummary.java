package org.redshield.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A case in a list: personal data masked (138****8000), with its next due date and time left.
 */
public record CaseSummary(String number, CaseType type, Channel channel, CaseStatus status, OffsetDateTime receivedAt,
		String complainantName, String complainantPhone, String respondentName, String handlingUnitCode,
		String handlingUnitName, LocalDate dueDate, DeadlineStep dueStep, Integer workingDaysLeft, boolean overdue,
		boolean dueSoon) {
}
