package org.redshield.cases;

/**
 * Where a case stands in its lifecycle (办理状态).
 */
public enum CaseStatus {
	/** 已登记: registered, waiting for dispatch by the centre. */
	REGISTERED,
	/** 待转出: the competent division lies outside this installation's tree. */
	PENDING_TRANSFER_OUT,
	/** 已转出: transferred to another jurisdiction or agency. */
	TRANSFERRED_OUT,
	/** 已分送: at the competent unit (N41). */
	DISPATCHED,
	/** 已退回: returned to the centre by a unit without competence (N41). */
	RETURNED,
	/** 已受理 (N15). */
	ACCEPTED,
	/** 不予受理 (N16). */
	REFUSED,
	/** 调解中 (N18-N20). */
	IN_MEDIATION,
	/** 调解中止: paused for appraisal (N22) or recusal (N21). */
	MEDIATION_PAUSED,
	/** 调解成功: agreement reached (N24). */
	MEDIATED,
	/** 终止调解 (N23). */
	MEDIATION_TERMINATED,
	/** 核查中: a report under verification (N35). */
	IN_VERIFICATION,
	/** 已立案. */
	CASE_OPENED,
	/** 不予立案. */
	NOT_OPENED,
	/** 已移送: a report transferred to another agency or the police (N42). */
	TRANSFERRED,
	/** 已撤回: withdrawn by the complainant. */
	WITHDRAWN,
	/** 已办结. */
	CLOSED;

	/** Final states: nothing more happens to the case. */
	public boolean isFinal() {
		return this == CLOSED || this == WITHDRAWN || this == TRANSFERRED_OUT;
	}
}
