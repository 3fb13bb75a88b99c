package org.redshield.cases;

import static org.redshield.cases.CaseStatus.*;
import static org.redshield.cases.Move.*;
import static org.redshield.organizations.Role.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redshield.organizations.Role;

/**
 * A lifecycle as an explicit transition table (办理流程): every legal move, from which state, to which state, by which
 * roles. Anything not in the table is illegal.
 */
public final class Lifecycle {

	/**
	 * One row: {@code from --move--> to}, performed by one of {@code roles}, or by the platform itself when
	 * {@code bySystem} (automatic routing at registration, a consultation answered at intake).
	 */
	public record Transition(CaseStatus from, Move move, CaseStatus to, Set<Role> roles, boolean bySystem) {
	}

	private static final Set<CaseStatus> OPEN_COMPLAINT = EnumSet.of(REGISTERED, PENDING_TRANSFER_OUT, RETURNED,
			DISPATCHED, ACCEPTED, IN_MEDIATION, MEDIATION_PAUSED);

	/** Registration, dispatch and return: the same for every type (N41). */
	private static List<Transition> routing() {
		Builder b = new Builder();
		b.add(REGISTERED, DISPATCH, DISPATCHED, true, DISPATCHER);
		b.add(REGISTERED, AWAIT_TRANSFER, PENDING_TRANSFER_OUT, true, DISPATCHER);
		b.add(REGISTERED, TRANSFER_OUT, TRANSFERRED_OUT, false, DISPATCHER);
		b.add(PENDING_TRANSFER_OUT, DISPATCH, DISPATCHED, false, DISPATCHER);
		b.add(PENDING_TRANSFER_OUT, TRANSFER_OUT, TRANSFERRED_OUT, false, DISPATCHER);
		b.add(RETURNED, DISPATCH, DISPATCHED, false, DISPATCHER);
		b.add(RETURNED, AWAIT_TRANSFER, PENDING_TRANSFER_OUT, false, DISPATCHER);
		b.add(RETURNED, TRANSFER_OUT, TRANSFERRED_OUT, false, DISPATCHER);
		b.add(DISPATCHED, REROUTE, DISPATCHED, false, DISPATCHER);
		b.add(DISPATCHED, ASSIGN, DISPATCHED, false, OFFICER, LEADER);
		b.add(DISPATCHED, RETURN, RETURNED, false, OFFICER, LEADER);
		b.add(DISPATCHED, DISPUTE_COMPETENCE, DISPATCHED, false, OFFICER, LEADER, DISPATCHER);
		return b.rows;
	}

	/** 投诉: N15-N24. */
	public static final Lifecycle COMPLAINT;

	/** 举报: N28-N37. */
	public static final Lifecycle REPORT;

	/** 咨询、意见建议、求助: answered and closed. */
	public static final Lifecycle ENQUIRY;

	static {
		Builder c = new Builder(routing());
		c.add(DISPATCHED, ACCEPT, ACCEPTED, false, OFFICER, LEADER);
		c.add(DISPATCHED, REFUSE, REFUSED, false, OFFICER, LEADER);
		c.add(ACCEPTED, START_MEDIATION, IN_MEDIATION, false, OFFICER, LEADER);
		c.add(ACCEPTED, DELEGATE_MEDIATION, IN_MEDIATION, false, OFFICER, LEADER);
		c.add(IN_MEDIATION, DELEGATE_MEDIATION, IN_MEDIATION, false, OFFICER, LEADER);
		c.add(IN_MEDIATION, PAUSE_MEDIATION, MEDIATION_PAUSED, false, OFFICER, LEADER);
		c.add(MEDIATION_PAUSED, RESUME_MEDIATION, IN_MEDIATION, false, OFFICER, LEADER);
		c.add(IN_MEDIATION, RECORD_AGREEMENT, MEDIATED, false, OFFICER, LEADER);
		for (CaseStatus from : List.of(ACCEPTED, IN_MEDIATION, MEDIATION_PAUSED)) {
			c.add(from, TERMINATE_MEDIATION, MEDIATION_TERMINATED, false, OFFICER, LEADER);
		}
		for (CaseStatus from : List.of(REFUSED, MEDIATED, MEDIATION_TERMINATED)) {
			c.add(from, CLOSE, CLOSED, false, OFFICER, LEADER);
		}
		for (CaseStatus from : OPEN_COMPLAINT) {
			c.add(from, WITHDRAW, WITHDRAWN, false, OPERATOR, DISPATCHER, OFFICER, LEADER);
		}
		c.noteEverywhere();
		COMPLAINT = new Lifecycle("COMPLAINT", c.rows);

		Builder r = new Builder(routing());
		r.add(DISPATCHED, START_VERIFICATION, IN_VERIFICATION, false, OFFICER, LEADER);
		r.add(IN_VERIFICATION, EXTEND_VERIFICATION, IN_VERIFICATION, false, OFFICER, LEADER);
		r.add(IN_VERIFICATION, OPEN_CASE, CASE_OPENED, false, OFFICER, LEADER);
		r.add(IN_VERIFICATION, DECLINE_CASE, NOT_OPENED, false, OFFICER, LEADER);
		r.add(IN_VERIFICATION, TRANSFER_REPORT, TRANSFERRED, false, OFFICER, LEADER);
		for (CaseStatus from : List.of(CASE_OPENED, NOT_OPENED, TRANSFERRED)) {
			r.add(from, CLOSE, CLOSED, false, OFFICER, LEADER);
		}
		r.noteEverywhere();
		REPORT = new Lifecycle("REPORT", r.rows);

		Builder e = new Builder(routing());
		e.add(REGISTERED, ANSWER, CLOSED, true, OPERATOR, DISPATCHER, OFFICER, LEADER);
		e.add(DISPATCHED, ANSWER, CLOSED, false, OFFICER, LEADER);
		e.noteEverywhere();
		ENQUIRY = new Lifecycle("ENQUIRY", e.rows);
	}

	private final String name;

	private final List<Transition> transitions;

	private Lifecycle(String name, List<Transition> transitions) {
		this.name = name;
		this.transitions = Collections.unmodifiableList(transitions);
	}

	public String name() {
		return name;
	}

	public List<Transition> transitions() {
		return transitions;
	}

	public Optional<Transition> find(CaseStatus from, Move move) {
		return transitions.stream().filter(t -> t.from == from && t.move == move).findFirst();
	}

	/** Moves legal from a state, whoever performs them. */
	public List<Move> movesFrom(CaseStatus from) {
		return transitions.stream().filter(t -> t.from == from).map(Transition::move).distinct().toList();
	}

	/** Moves a person with these roles may perform from a state. */
	public List<Move> movesFrom(CaseStatus from, Set<Role> roles) {
		return transitions.stream()
			.filter(t -> t.from == from && t.roles.stream().anyMatch(roles::contains))
			.map(Transition::move)
			.distinct()
			.toList();
	}

	private static final class Builder {

		private final List<Transition> rows;

		Builder() {
			this(List.of());
		}

		Builder(List<Transition> start) {
			this.rows = new ArrayList<>(start);
		}

		/** A note may be added in every state the table knows, by staff, partners and the platform. */
		void noteEverywhere() {
			EnumSet<CaseStatus> states = EnumSet.noneOf(CaseStatus.class);
			rows.forEach(t -> {
				states.add(t.from());
				states.add(t.to());
			});
			states.forEach(s -> add(s, NOTE, s, true, OPERATOR, DISPATCHER, OFFICER, LEADER, PARTNER));
			states.forEach(s -> add(s, CATEGORIZE, s, false, OPERATOR, DISPATCHER, OFFICER, LEADER));
		}

		void add(CaseStatus from, Move move, CaseStatus to, boolean bySystem, Role... roles) {
			rows.add(new Transition(from, move, to, EnumSet.copyOf(List.of(roles)), bySystem));
		}
	}
}
