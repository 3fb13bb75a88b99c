package org.redshield.cases;

/**
 * How an item reached the centre (受理渠道).
 */
public enum Channel {
	/** 12315 热线电话 */
	HOTLINE,
	/** 语音留言 */
	VOICEMAIL,
	/** 网站 */
	WEB,
	/** 手机 App */
	APP,
	/** 小程序 */
	MINI_PROGRAM,
	/** 微信 */
	WECHAT,
	/** 电子邮件 */
	EMAIL,
	/** 信函 */
	LETTER,
	/** 来访 */
	VISIT,
	/** 传真 */
	FAX,
	/** 微博 */
	WEIBO,
	/** 消费维权服务站 */
	STATION,
	/** 在线纠纷解决企业 */
	ODR,
	/** 转办: from 12345, 110, 12331, a superior agency */
	TRANSFER
}
