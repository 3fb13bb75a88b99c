package org.redshield.exchange;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.redshield.calendar.WorkingDayCalendar;
import org.redshield.cases.Move;

/**
 * A partner hotline's feedback rule (反馈规则): which moves of the cases it transferred it must hear about, and within
 * how many working days of receipt it expects to hear back (反馈时限) when its work order names no date.
 *
 * @param workingDays feedback due this many working days after receipt (N45 counting: the day of receipt not counted)
 * @param notifyOn the moves that send the partner a feedback message
 * @param interimFeedback whether an interim notice (阶段性反馈) goes out when the feedback date arrives before the case is
 * finished
 */
record FeedbackRule(int workingDays, Set<Move> notifyOn, boolean interimFeedback) {

	/**
	 * What every partner hears unless its rule says otherwise: the N15 decision, the end of mediation, closure, and
	 * every other way a case ends (answered, withdrawn, transferred on, a report's outcome).
	 */
	static final Set<Move> DEFAULT_MOVES = Set.copyOf(EnumSet.of(Move.ACCEPT, Move.REFUSE, Move.RECORD_AGREEMENT,
			Move.TERMINATE_MEDIATION, Move.CLOSE, Move.WITHDRAW, Move.ANSWER, Move.TRANSFER_OUT, Move.OPEN_CASE,
			Move.DECLINE_CASE, Move.TRANSFER_REPORT));

	/** Moves a partner cannot ask for: registration is answered by the inbound request itself. */
	static final Set<Move> NOT_NOTIFIABLE = Set.of(Move.REGISTER);

	FeedbackRule {
		notifyOn = notifyOn.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(notifyOn));
	}

	boolean wants(Move move) {
		return notifyOn.contains(move);
	}

	/** The feedback date of a work order received on {@code receivedOn} that named none. */
	LocalDate dueDate(LocalDate receivedOn, WorkingDayCalendar calendar) {
		return calendar.addWorkingDays(receivedOn, workingDays);
	}
}
