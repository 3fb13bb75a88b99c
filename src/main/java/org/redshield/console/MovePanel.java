package org.redshield.console;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redshield.cases.CaseView;
import org.redshield.cases.Move;
import org.redshield.cases.PauseReason;
import org.redshield.cases.RefusalReason;
import org.redshield.cases.TerminationReason;
import org.redshield.organizations.Unit;

/**
 * The form of one allowed move on the case page: which inputs it shows and what its selects offer.
 *
 * @param path the move's URL segment, e.g. {@code record-agreement}
 * @param input the extra input the move takes besides a note
 * @param options the choices of a unit or reason select
 * @param selected the option chosen in advance (the competent unit when dispatching)
 * @param noteRequired whether the move is refused without a note
 * @param primary whether the move is the usual next step (shown first, emphasised)
 * @param confirm whether the browser asks before doing it (a step that cannot be undone and takes no other input)
 */
record MovePanel(String path, Input input, List<Option> options, String selected, boolean noteRequired,
		boolean primary, boolean confirm) {

	/**
	 * What the move asks for: a unit (required), a reason, an amount, an answer, a division with an optional partner
	 * to send it to, or only an optional partner.
	 */
	enum Input {
		NONE, UNIT, REASON, AMOUNT, ANSWER, DIVISION, DIVISION_AND_TARGET, TARGET
	}

	/** A select's option: a unit (its name, indented by depth) or a reason (labelled from the bundles by key). */
	record Option(String value, String label, String key, int depth) {
	}

	private static final Set<Move> PRIMARY = Set.of(Move.DISPATCH, Move.ACCEPT, Move.START_MEDIATION,
			Move.RESUME_MEDIATION, Move.RECORD_AGREEMENT, Move.START_VERIFICATION, Move.OPEN_CASE, Move.ANSWER,
			Move.CLOSE);

	static List<MovePanel> forCase(CaseView c, ConsoleNames names) {
		List<MovePanel> panels = c.allowedMoves()
			.stream()
			.map(Move::fromPath)
			.flatMap(Optional::stream)
			// categories are edited in the case's classification panel, not as a lifecycle step
			.filter(move -> move != Move.CATEGORIZE)
			.map(move -> panel(move, c, names))
			.toList();
		// The usual next steps first, withdrawal (which ends the case) last.
		return panels.stream().sorted(Comparator.comparingInt(MovePanel::rank)).toList();
	}

	private int rank() {
		return primary ? 0 : path.equals(Move.WITHDRAW.path()) ? 2 : 1;
	}

	static MovePanel panel(Move move, CaseView c, ConsoleNames names) {
		String handling = c.handlingUnit() == null ? null : c.handlingUnit().code();
		return switch (move) {
			case DISPATCH, REROUTE -> units(move, names.dispatchTargets(), names,
					names.competentFor(c.competentDivisionCode()).map(Unit::code).orElse(null));
			case ASSIGN -> units(move, names.assignTargets(handling), names, null);
			case DELEGATE_MEDIATION -> units(move, names.mediators(), names, null);
			case REFUSE -> reasons(move, "refusal.", Arrays.stream(RefusalReason.values()).map(Enum::name).toList());
			case TERMINATE_MEDIATION -> reasons(move, "termination.",
					Arrays.stream(TerminationReason.values()).map(Enum::name).toList());
			case PAUSE_MEDIATION -> reasons(move, "pause.", Arrays.stream(PauseReason.values()).map(Enum::name).toList());
			case RECORD_AGREEMENT -> of(move, Input.AMOUNT, false);
			case ANSWER -> of(move, Input.ANSWER, false);
			case AWAIT_TRANSFER -> new MovePanel(move.path(), Input.DIVISION, List.of(), transferDivision(c), false,
					false, false);
			case TRANSFER_OUT -> new MovePanel(move.path(), Input.DIVISION_AND_TARGET, options(names.partners(), names),
					transferDivision(c), false, false, false);
			case TRANSFER_REPORT -> new MovePanel(move.path(), Input.TARGET, options(names.partners(), names), null,
					false, false, false);
			case RETURN, EXTEND_VERIFICATION, NOTE -> of(move, Input.NONE, true);
			default -> of(move, Input.NONE, false);
		};
	}

	private static String transferDivision(CaseView c) {
		return c.transferDivisionCode() != null ? c.transferDivisionCode() : c.competentDivisionCode();
	}

	private static List<Option> options(List<Unit> units, ConsoleNames names) {
		return units.stream().map(u -> new Option(u.code(), u.name(), null, names.depth(u))).toList();
	}

	private static MovePanel of(Move move, Input input, boolean noteRequired) {
		return new MovePanel(move.path(), input, List.of(), null, noteRequired, PRIMARY.contains(move),
				move == Move.WITHDRAW);
	}

	private static MovePanel units(Move move, List<Unit> units, ConsoleNames names, String selected) {
		return new MovePanel(move.path(), Input.UNIT, options(units, names), selected, false, PRIMARY.contains(move),
				false);
	}

	private static MovePanel reasons(Move move, String keyPrefix, List<String> values) {
		return new MovePanel(move.path(), Input.REASON,
				values.stream().map(v -> new Option(v, null, keyPrefix + v, 0)).toList(), null, false,
				PRIMARY.contains(move), false);
	}
}
