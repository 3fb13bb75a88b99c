package org.redshield.cases;

import java.math.BigDecimal;

import org.redshield.organizations.Unit;

/**
 * What a move needs besides the case: a reason code (N16, N23, pause), a free note, the amount recovered, the target
 * unit (dispatch, reroute, assign, delegation) already looked up, a division (transfer out), an answer.
 */
public record MoveCommand(Move move, String reason, String note, BigDecimal recoveredAmount, Unit target,
		String divisionCode, String answer, String category, String issue) {

	public MoveCommand(Move move, String reason, String note, BigDecimal recoveredAmount, Unit target,
			String divisionCode, String answer) {
		this(move, reason, note, recoveredAmount, target, divisionCode, answer, null, null);
	}

	public static MoveCommand of(Move move) {
		return new MoveCommand(move, null, null, null, null, null, null);
	}

	/** Corrects the codebook keys (the keys already checked against the codebook). */
	public static MoveCommand categorize(String category, String issue, String note) {
		return new MoveCommand(Move.CATEGORIZE, null, note, null, null, null, null, category, issue);
	}

	public MoveCommand withTarget(Unit unit) {
		return new MoveCommand(move, reason, note, recoveredAmount, unit, divisionCode, answer, category, issue);
	}
}
