package org.redshield.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.redshield.cases.CaseMoved;
import org.redshield.cases.CaseStatus;
import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.cases.Move;
import org.redshield.cases.RuleSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's rules without Spring: file types by content, what a reporter learns, which moves are told by SMS. */
class PortalRulesTests {

	@Test
	void recognisesImagesAndPdfByTheirFirstBytesWhateverTheyAreCalled() {
		assertThat(Attachments.sniff(PortalFixtures.PNG)).contains("image/png");
		assertThat(Attachments.sniff(PortalFixtures.jpegOf(10))).contains("image/jpeg");
		assertThat(Attachments.sniff("GIF89a......".getBytes(StandardCharsets.US_ASCII))).contains("image/gif");
		assertThat(Attachments.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains("image/webp");
		assertThat(Attachments.sniff(PortalFixtures.pdf())).contains("application/pdf");
		assertThat(Attachments.sniff(PortalFixtures.disguisedExecutable())).isEmpty();
		assertThat(Attachments.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(Attachments.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).as("too short to tell").isEmpty();
		assertThat(Attachments.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Optional.empty());
	}

	@Test
	void keepsOnlyTheFileNameOfAnUpload() {
		assertThat(Attachments.safeName("C:\\Users\\li\\小票.png")).isEqualTo("小票.png");
		assertThat(Attachments.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(Attachments.safeName("  ")).isEqualTo("file");
	}

	@Test
	void aReporterLearnsReceiptAndEndButTheDecisionOnlyWhereARuleRequiresIt() {
		assertThat(ReportDisclosurePolicy.shows(Move.REGISTER, RuleSet.ORDER_121_2026, false)).isTrue();
		assertThat(ReportDisclosurePolicy.shows(Move.CLOSE, RuleSet.ORDER_121_2026, false)).isTrue();
		for (Move internal : new Move[] { Move.DISPATCH, Move.START_VERIFICATION, Move.EXTEND_VERIFICATION,
				Move.TRANSFER_REPORT, Move.NOTE, Move.REROUTE }) {
			assertThat(ReportDisclosurePolicy.shows(internal, RuleSet.ORDER_121_2026, true)).as(internal.name()).isFalse();
		}
		assertThat(ReportDisclosurePolicy.shows(Move.OPEN_CASE, RuleSet.ORDER_121_2026, true)).isFalse();
		assertThat(ReportDisclosurePolicy.shows(Move.OPEN_CASE, RuleSet.ORDER_20_2019, true))
			.as("interim measures Art. 31: real-name reporters are told").isTrue();
		assertThat(ReportDisclosurePolicy.shows(Move.DECLINE_CASE, RuleSet.ORDER_20_2019, false)).isFalse();
		assertThat(ReportDisclosurePolicy.statusKey(CaseStatus.TRANSFERRED, RuleSet.ORDER_121_2026, true))
			.as("a transfer to the police is not disclosed").isEqualTo("portal.status.HANDLING");
	}

	@Test
	void smsGoesOutForAcceptanceRefusalMediationEndAndClosureButNotForInternalMoves() {
		assertThat(CaseNotifications.key(moved(CaseType.COMPLAINT, Move.ACCEPT), RuleSet.ORDER_121_2026, true))
			.isEqualTo("portal.sms.ACCEPT");
		assertThat(CaseNotifications.key(moved(CaseType.COMPLAINT, Move.TERMINATE_MEDIATION), RuleSet.ORDER_121_2026,
				true)).isEqualTo("portal.sms.TERMINATE_MEDIATION");
		assertThat(CaseNotifications.key(moved(CaseType.COMPLAINT, Move.NOTE), RuleSet.ORDER_121_2026, true)).isNull();
		assertThat(CaseNotifications.key(moved(CaseType.COMPLAINT, Move.REROUTE), RuleSet.ORDER_121_2026, true)).isNull();
		assertThat(CaseNotifications.key(moved(CaseType.CONSULTATION, Move.ANSWER), RuleSet.ORDER_121_2026, false))
			.isEqualTo("portal.sms.ANSWER");
		assertThat(CaseNotifications.key(moved(CaseType.REPORT, Move.CLOSE), RuleSet.ORDER_121_2026, false))
			.isEqualTo("portal.sms.report.CLOSE");
		assertThat(CaseNotifications.key(moved(CaseType.REPORT, Move.OPEN_CASE), RuleSet.ORDER_121_2026, true)).isNull();
		assertThat(CaseNotifications.key(moved(CaseType.REPORT, Move.TRANSFER_REPORT), RuleSet.ORDER_20_2019, true))
			.isNull();
	}

	static CaseMoved moved(CaseType type, Move move) {
		return new CaseMoved("TS202610090000001", type, Channel.WEB, move, CaseStatus.DISPATCHED, CaseStatus.ACCEPTED,
				"HD130403", null, null, Instant.now(), "officer", null, null, null);
	}
}
