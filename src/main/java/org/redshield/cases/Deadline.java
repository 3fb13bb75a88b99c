package org.redshield.cases;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One clock of a case: when it started, when it is due, whether it was extended or is paused, and when it was met.
 */
@Table("case_deadline")
public record Deadline(DeadlineStep step, LocalDate startDate, LocalDate dueDate, boolean extended, boolean paused,
		LocalDate metOn) {

	public boolean open() {
		return metOn == null;
	}

	Deadline met(LocalDate on) {
		return new Deadline(step, startDate, dueDate, extended, paused, on);
	}

	Deadline due(LocalDate newDue, boolean isExtended, boolean isPaused) {
		return new Deadline(step, startDate, newDue, isExtended, isPaused, metOn);
	}
}
