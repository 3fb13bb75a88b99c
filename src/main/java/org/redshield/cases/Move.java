package org.redshield.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * A step of a lifecycle (办理动作), named as the API names it: {@code POST /api/v1/cases/{number}/{path}}.
 */
public enum Move {
	/** 登记 */
	REGISTER,
	/** 分送 (N41) */
	DISPATCH,
	/** 待转出: the competent division is outside the tree */
	AWAIT_TRANSFER,
	/** 转出 to another jurisdiction or agency */
	TRANSFER_OUT,
	/** 改派: the dispatcher sends it to another unit */
	REROUTE,
	/** 指派: a unit hands it to a unit below it (派出机构, N30) */
	ASSIGN,
	/** 退回: a unit without competence sends it back to the centre (N41) */
	RETURN,
	/** 管辖争议 (N33) */
	DISPUTE_COMPETENCE,
	/** 受理 (N15) */
	ACCEPT,
	/** 不予受理 (N16) */
	REFUSE,
	/** 开始调解 (N18) */
	START_MEDIATION,
	/** 委托消协调解 (N19) */
	DELEGATE_MEDIATION,
	/** 中止调解 for appraisal or recusal (N21, N22) */
	PAUSE_MEDIATION,
	/** 恢复调解 */
	RESUME_MEDIATION,
	/** 调解成功 (N24) */
	RECORD_AGREEMENT,
	/** 终止调解 (N23) */
	TERMINATE_MEDIATION,
	/** 开始核查 (N35) */
	START_VERIFICATION,
	/** 延长核查 by 15 working days, once, with the head's approval */
	EXTEND_VERIFICATION,
	/** 立案 */
	OPEN_CASE,
	/** 不予立案 */
	DECLINE_CASE,
	/** 移送 to another agency or the police (N42) */
	TRANSFER_REPORT,
	/** 答复: a consultation, suggestion or request for help answered */
	ANSWER,
	/** 办结 */
	CLOSE,
	/** 撤回 */
	WITHDRAW,
	/** 备注: a note on the timeline (a call made, a partner's answer), the state unchanged */
	NOTE,
	/** 分类: the officer assigns or corrects the goods/services category and the issue type, the state unchanged */
	CATEGORIZE;

	/** The URL segment, e.g. {@code record-agreement}. */
	public String path() {
		return name().toLowerCase().replace('_', '-');
	}

	public static Optional<Move> fromPath(String path) {
		return Arrays.stream(values()).filter(m -> m.path().equals(path)).findFirst();
	}
}
