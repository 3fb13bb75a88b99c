package org.redshield.cases;

/**
 * The eight grounds for terminating mediation (终止调解情形), N23 (一)-(八).
 */
public enum TerminationReason {
	/** (一) 投诉人撤回投诉或者双方自行和解 */
	WITHDRAWN_OR_SETTLED("投诉人撤回投诉或双方自行和解"),
	/** (二) 无正当理由不参加调解，或者明确拒绝调解 */
	PARTY_REFUSED("一方无正当理由不参加调解或明确拒绝调解"),
	/** (三) 明确表示无法达成调解协议 */
	NO_AGREEMENT_POSSIBLE("一方明确表示无法达成调解协议"),
	/** (四) 对鉴定、检测费用承担无法协商一致 */
	APPRAISAL_COST_DISPUTE("对鉴定、检测费用承担无法协商一致"),
	/** (五) 自投诉受理之日起六十日内未能达成调解协议 */
	PERIOD_EXPIRED("自受理之日起六十日内未能达成调解协议"),
	/** (六) 受理后发现存在第十六条、第四十二条规定情形 */
	REFUSAL_GROUNDS_FOUND("受理后发现存在第十六条、第四十二条规定情形"),
	/** (七) 投诉人、被投诉人死亡或者主体资格灭失 */
	PARTY_CEASED("当事人死亡或主体资格灭失"),
	/** (八) 法律、法规、规章规定的应当终止调解的其他情形 */
	OTHER_LEGAL_GROUNDS("法律、法规、规章规定的其他情形");

	private final String label;

	TerminationReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
