package org.redshield.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redshield.cases.CaseFixtures.EVERYONE;
import static org.redshield.cases.CaseFixtures.POLICY;
import static org.redshield.cases.CaseFixtures.at;
import static org.redshield.cases.CaseFixtures.registered;
import static org.redshield.cases.CaseFixtures.sample;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

import org.redshield.organizations.Role;
import org.redshield.shared.ConflictException;

/**
 * Walks each transition table: every state is reached along legal moves; from every reached state every move in the
 * table succeeds and lands where the table says, and every other move is refused (409) and changes nothing.
 */
class LifecycleTests {

	private static final String RECEIVED = "2026-10-09T10:00:00+08:00";

	private static final Instant NOW = at("2026-10-12T09:00:00+08:00");

	@ParameterizedTest
	@EnumSource(value = CaseType.class, names = { "COMPLAINT", "REPORT", "CONSULTATION" })
	void walksEveryLegalAndIllegalMoveOfTheTable(CaseType type) {
		Map<CaseStatus, List<Move>> paths = pathsToEveryState(type);
		Lifecycle lifecycle = type.lifecycle();
		Set<CaseStatus> statesInTable = EnumSet.noneOf(CaseStatus.class);
		lifecycle.transitions().forEach(t -> {
			statesInTable.add(t.from());
			statesInTable.add(t.to());
		});
		assertThat(paths.keySet()).as("every state of the table is reachable").containsAll(statesInTable);
		int legal = 0;
		int illegal = 0;
		for (Map.Entry<CaseStatus, List<Move>> entry : paths.entrySet()) {
			for (Move move : Move.values()) {
				Case c = replay(type, entry.getValue());
				int timelineBefore = c.timeline().size();
				var transition = lifecycle.find(entry.getKey(), move);
				if (transition.isPresent() && move != Move.REGISTER) {
					c.perform(sample(move), EVERYONE, NOW, POLICY);
					assertThat(c.status()).as("%s --%s-->", entry.getKey(), move).isEqualTo(transition.get().to());
					assertThat(c.timeline()).hasSize(timelineBefore + 1);
					assertThat(c.timeline().get(timelineBefore).move()).isEqualTo(move);
					legal++;
				}
				else {
					assertThatThrownBy(() -> c.perform(sample(move), EVERYONE, NOW, POLICY))
						.as("%s --%s--> must be refused", entry.getKey(), move)
						.isInstanceOf(ConflictException.class);
					assertThat(c.status()).isEqualTo(entry.getKey());
					assertThat(c.timeline()).hasSize(timelineBefore);
					illegal++;
				}
			}
		}
		assertThat(legal).isEqualTo(lifecycle.transitions().size());
		assertThat(illegal).isPositive();
	}

	@Test
	void complaintGoesFromRegistrationThroughMediationToClosure() {
		Case c = registered(CaseType.COMPLAINT, RECEIVED);
		for (Move move : List.of(Move.DISPATCH, Move.ACCEPT, Move.START_MEDIATION, Move.PAUSE_MEDIATION,
				Move.RESUME_MEDIATION, Move.RECORD_AGREEMENT, Move.CLOSE)) {
			c.perform(sample(move), EVERYONE, NOW, POLICY);
		}
		assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(c.recoveredAmount()).isEqualByComparingTo("120.00");
		assertThat(c.timeline()).extracting(TimelineEntry::move)
			.containsExactly(Move.REGISTER, Move.DISPATCH, Move.ACCEPT, Move.START_MEDIATION, Move.PAUSE_MEDIATION,
					Move.RESUME_MEDIATION, Move.RECORD_AGREEMENT, Move.CLOSE);
		assertThat(c.deadlines()).allMatch(d -> !d.open());
	}

	@Test
	void withdrawalEndsAComplaintAtAnyOpenStep() {
		for (List<Move> path : List.of(List.<Move>of(), List.of(Move.DISPATCH), List.of(Move.DISPATCH, Move.ACCEPT),
				List.of(Move.DISPATCH, Move.ACCEPT, Move.START_MEDIATION, Move.PAUSE_MEDIATION))) {
			Case c = replay(CaseType.COMPLAINT, path);
			c.perform(sample(Move.WITHDRAW), EVERYONE, NOW, POLICY);
			assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
			assertThat(c.nextDeadline()).isEmpty();
		}
	}

	@Test
	void refusalStatesTheN16ReasonAndTheArticle39Routes() {
		Case c = replay(CaseType.COMPLAINT, List.of(Move.DISPATCH));
		c.perform(sample(Move.REFUSE), EVERYONE, NOW, POLICY);
		TimelineEntry last = c.timeline().get(c.timeline().size() - 1);
		assertThat(last.reason()).isEqualTo("OVER_THREE_YEARS");
		// N15: 对投诉作出不予受理决定的，还应当告知投诉人不予受理的理由和《消费者权益保护法》第三十九条规定的其他解决途径
		assertThat(last.note()).contains("超过三年").contains("第三十九条").contains("向人民法院提起诉讼");
	}

	@Test
	void verificationIsExtendedOnlyOnce() {
		Case c = replay(CaseType.REPORT, List.of(Move.DISPATCH, Move.START_VERIFICATION, Move.EXTEND_VERIFICATION));
		assertThatThrownBy(() -> c.perform(sample(Move.EXTEND_VERIFICATION), EVERYONE, NOW, POLICY))
			.isInstanceOf(ConflictException.class);
		assertThat(c.deadline(DeadlineStep.VERIFICATION).orElseThrow().extended()).isTrue();
	}

	@Test
	void anOperatorMayNotAcceptAndThePlatformMayNotDecide() {
		Case c = replay(CaseType.COMPLAINT, List.of(Move.DISPATCH));
		Actor operator = new Actor("op", "接线员", "C", EnumSet.of(Role.OPERATOR), false);
		assertThatThrownBy(() -> c.perform(sample(Move.ACCEPT), operator, NOW, POLICY))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> c.perform(sample(Move.ACCEPT), Actor.SYSTEM, NOW, POLICY))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
	}

	@Test
	void aUnitMayAssignOnlyDownwardsNeverSideways() {
		// N41: 不具备处理权限的，应当及时反馈统一接收投诉举报的工作机构，不得自行移送
		Case c = replay(CaseType.COMPLAINT, List.of(Move.DISPATCH));
		assertThatThrownBy(() -> c.perform(MoveCommand.of(Move.ASSIGN).withTarget(CaseFixtures.OTHER_BUREAU), EVERYONE,
				NOW, POLICY))
			.isInstanceOf(org.redshield.shared.InvalidRequestException.class);
		assertThat(c.handlingUnitCode()).isEqualTo("B1");
	}

	private static Case replay(CaseType type, List<Move> path) {
		Case c = registered(type, RECEIVED);
		for (Move move : path) {
			c.perform(sample(move), EVERYONE, NOW, POLICY);
		}
		return c;
	}

	/** Breadth-first over the table with sample commands: the shortest legal path to every reachable state. */
	private static Map<CaseStatus, List<Move>> pathsToEveryState(CaseType type) {
		Map<CaseStatus, List<Move>> paths = new EnumMap<>(CaseStatus.class);
		paths.put(CaseStatus.REGISTERED, List.of());
		Deque<CaseStatus> queue = new ArrayDeque<>(List.of(CaseStatus.REGISTERED));
		while (!queue.isEmpty()) {
			CaseStatus state = queue.poll();
			for (Move move : type.lifecycle().movesFrom(state)) {
				Case c = replay(type, paths.get(state));
				c.perform(sample(move), EVERYONE, NOW, POLICY);
				if (!paths.containsKey(c.status())) {
					List<Move> path = new ArrayList<>(paths.get(state));
					path.add(move);
					paths.put(c.status(), path);
					queue.add(c.status());
				}
			}
		}
		return paths;
	}
}
