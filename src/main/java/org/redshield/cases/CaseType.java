package org.redshield.cases;

/**
 * Item types (诉求类型) and the lifecycle each follows.
 */
public enum CaseType {

	/** 投诉: a consumer dispute the regulator mediates (N3). */
	COMPLAINT("TS"),
	/** 举报: a tip about a violation (N3). */
	REPORT("JB"),
	/** 咨询: answered on the spot. */
	CONSULTATION("ZX"),
	/** 意见建议. */
	SUGGESTION("JY"),
	/** 求助. */
	HELP("QZ");

	private final String prefix;

	CaseType(String prefix) {
		this.prefix = prefix;
	}

	/** Two-letter prefix of the case number, after the Chinese initials (投诉 TS, 举报 JB, ...). */
	public String prefix() {
		return prefix;
	}

	public Lifecycle lifecycle() {
		return switch (this) {
			case COMPLAINT -> Lifecycle.COMPLAINT;
			case REPORT -> Lifecycle.REPORT;
			default -> Lifecycle.ENQUIRY;
		};
	}
}
