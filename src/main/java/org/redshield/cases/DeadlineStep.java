package org.redshield.cases;

/**
 * The clocks a case can run (办理时限).
 */
public enum DeadlineStep {
	/** 受理时限: 7 working days from receipt (N15). */
	ACCEPTANCE,
	/** 调解期限: 60 days from acceptance, appraisal time not counted (N22, N23(5)); 45 working days before 2026-04-15. */
	MEDIATION,
	/** 终止调解告知: 7 working days from the decision (N23). */
	TERMINATION_NOTICE,
	/** 核查时限: 15 working days, +15 once with approval (N27, N35). */
	VERIFICATION,
	/** 管辖争议协商: 7 working days (N33). */
	COMPETENCE_DISPUTE,
	/** 转办反馈: the date the partner hotline that transferred the item expects to hear back. */
	FEEDBACK
}
