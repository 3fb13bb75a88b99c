package org.redshield.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as the API and the console show it to staff in its scope (the fixed API contract: number, type, channel,
 * status, receivedAt, handlingUnit, deadlines, recoveredAmount, timeline).
 */
public record CaseView(String number, CaseType type, Channel channel, CaseStatus status, String rulesVersion,
		OffsetDateTime receivedAt, PartyView complainant, RespondentView respondent, String conductDivisionCode,
		String request, String facts, BigDecimal amount, UnitRef handlingUnit, String transferDivisionCode,
		String competentDivisionCode, String routingBasis, UnitRef mediatorUnit, String linkedCaseNumber,
		SourceView source, UnitRef transferTarget, String category, String issue,
		List<DeadlineView> deadlines, LocalDate dueDate, DeadlineStep dueStep, Integer workingDaysLeft,
		boolean overdue, BigDecimal recoveredAmount, String refusalReason, String terminationReason, String answer,
		List<TimelineView> timeline, List<String> allowedMoves) {

	/** The partner hotline a transferred item came from and its own work-order number. */
	public record SourceView(UnitRef partner, String partnerOrderNumber) {
	}

	public record PartyView(String name, String phone, String address) {
	}

	public record PlatformView(String name, String divisionCode) {
	}

	public record RespondentView(String name, String address, String divisionCode, PlatformView platform) {
	}

	public record UnitRef(String code, String name, String divisionCode) {
	}

	public record DeadlineView(DeadlineStep step, LocalDate startDate, LocalDate dueDate, boolean extended,
			boolean paused, LocalDate metOn, Integer workingDaysLeft) {
	}

	public record TimelineView(OffsetDateTime at, Move move, CaseStatus fromStatus, CaseStatus toStatus, String actor,
			String actorName, String unitCode, String reason, String note) {
	}
}
