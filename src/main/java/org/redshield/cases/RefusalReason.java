package org.redshield.cases;

/**
 * The seven grounds for refusing a complaint (不予受理情形), N16 (一)-(七).
 */
public enum RefusalReason {
	/** (一) 不属于市场监督管理部门职责，或者本行政机关不具有处理权限 */
	NOT_COMPETENT("不属于市场监督管理部门职责或本机关不具有处理权限"),
	/** (二) 法院、仲裁机构、行政机关、消费者协会已经受理或者处理过同一争议 */
	ALREADY_HANDLED("法院、仲裁机构、行政机关或消费者协会已受理或处理过同一争议"),
	/** (三) 不是为生活消费需要，或者不能证明存在消费者权益争议 */
	NOT_CONSUMER_DISPUTE("非生活消费需要或不能证明存在消费者权益争议"),
	/** (四) 超过三年 */
	OVER_THREE_YEARS("知道或应当知道权益受侵害之日起超过三年"),
	/** (五) 未提供第十条第一款、第十一条规定的材料，或者提供虚假材料 */
	MISSING_MATERIALS("未提供规定材料或提供虚假材料"),
	/** (六) 冒用他人名义或者拒不配合核验真实身份信息 */
	IDENTITY_NOT_VERIFIED("冒用他人名义或拒不配合核验身份"),
	/** (七) 法律、法规、规章规定不予受理的其他情形 */
	OTHER_LEGAL_GROUNDS("法律、法规、规章规定的其他情形");

	/** The other routes of Consumer Rights Protection Law Art. 39, stated in every refusal notice (N15). */
	public static final String ARTICLE_39_ROUTES = "您可以依照《中华人民共和国消费者权益保护法》第三十九条，通过下列途径解决争议："
			+ "（一）与经营者协商和解；（二）请求消费者协会或者依法成立的其他调解组织调解；（三）向有关行政部门投诉；"
			+ "（四）根据与经营者达成的仲裁协议提请仲裁机构仲裁；（五）向人民法院提起诉讼。";

	private final String label;

	RefusalReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
