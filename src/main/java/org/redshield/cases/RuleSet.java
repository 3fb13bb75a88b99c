package org.redshield.cases;

import java.time.LocalDate;

/**
 * The time limits in force on the day an item was received: Order 121 from 2026-04-15 (N46), the repealed interim
 * measures (Order 20 of 2019, amended 2022) before. Rules are chosen by receipt date, never by today's date.
 */
public enum RuleSet {

	/** 《市场监督管理投诉举报处理暂行办法》(总局令第20号): mediation 45 working days (Art. 21(5)). */
	ORDER_20_2019(7, 45, true, 7, 15, 15, 7),
	/** 《市场监督管理投诉举报处理办法》(总局令第121号): mediation 60 days (N23(5)). */
	ORDER_121_2026(7, 60, false, 7, 15, 15, 7);

	/** N46: 本办法自2026年4月15日起施行. */
	public static final LocalDate ORDER_121_IN_FORCE = LocalDate.of(2026, 4, 15);

	private final int acceptanceWorkingDays;

	private final int mediationPeriod;

	private final boolean mediationInWorkingDays;

	private final int terminationNoticeWorkingDays;

	private final int verificationWorkingDays;

	private final int verificationExtensionWorkingDays;

	private final int competenceDisputeWorkingDays;

	RuleSet(int acceptance, int mediation, boolean mediationInWorkingDays, int terminationNotice, int verification,
			int verificationExtension, int competenceDispute) {
		this.acceptanceWorkingDays = acceptance;
		this.mediationPeriod = mediation;
		this.mediationInWorkingDays = mediationInWorkingDays;
		this.terminationNoticeWorkingDays = terminationNotice;
		this.verificationWorkingDays = verification;
		this.verificationExtensionWorkingDays = verificationExtension;
		this.competenceDisputeWorkingDays = competenceDispute;
	}

	public static RuleSet forReceipt(LocalDate receivedOn) {
		return receivedOn.isBefore(ORDER_121_IN_FORCE) ? ORDER_20_2019 : ORDER_121_2026;
	}

	public int acceptanceWorkingDays() {
		return acceptanceWorkingDays;
	}

	public int mediationPeriod() {
		return mediationPeriod;
	}

	public boolean mediationInWorkingDays() {
		return mediationInWorkingDays;
	}

	public int terminationNoticeWorkingDays() {
		return terminationNoticeWorkingDays;
	}

	public int verificationWorkingDays() {
		return verificationWorkingDays;
	}

	public int verificationExtensionWorkingDays() {
		return verificationExtensionWorkingDays;
	}

	public int competenceDisputeWorkingDays() {
		return competenceDisputeWorkingDays;
	}
}
