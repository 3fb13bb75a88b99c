package org.redshield.cases;

/**
 * Why mediation is paused (调解中止); appraisal time is not counted in the mediation period (N22).
 */
public enum PauseReason {
	/** 鉴定、检测 (N22): the time does not count. */
	APPRAISAL("鉴定、检测"),
	/** 回避申请 (N21): mediation is suspended while the request is decided. */
	RECUSAL("回避申请");

	private final String label;

	PauseReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
