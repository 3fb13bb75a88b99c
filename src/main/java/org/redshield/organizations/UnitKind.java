package org.redshield.organizations;

/**
 * What a unit of the network is.
 */
public enum UnitKind {

	/** 12315 投诉举报指挥中心: the unified intake unit (统一接收机构, N41) of a city or county. */
	CENTRE,
	/** 县级市场监督管理局: county-level bureau, competent for complaints (N13) and reports (N29). */
	BUREAU,
	/** 市场监管所 (工商所): branch office of a bureau (派出机构, N30). */
	BRANCH_OFFICE,
	/** 消费维权服务站: an enterprise service station settling disputes at the source (N6). */
	SERVICE_STATION,
	/** 消费者协会: mediates complaints delegated to it (N19). */
	CONSUMER_ASSOCIATION,
	/** 12345 / 110 / 12331 / 市长热线: a partner hotline exchanging work orders. */
	PARTNER_HOTLINE;

	/** Market-regulation departments that can be competent for a complaint or a report. */
	public boolean isRegulator() {
		return this == CENTRE || this == BUREAU;
	}
}
