package org.redshield.regions;

/**
 * The three tiers of GB/T 2260 行政区划代码, read off the shape of a six-digit code.
 */
public enum DivisionLevel {

	/** 省级: 省、自治区、直辖市、特别行政区; code {@code xx0000}. */
	PROVINCE,

	/** 地级: 地级市、地区、自治州、盟; code {@code xxyy00}. */
	PREFECTURE,

	/** 县级: 市辖区、县级市、县、自治县、旗、自治旗、特区、林区; any other well-formed code. */
	COUNTY;

	/**
	 * The level a well-formed six-digit code denotes: {@code xx0000} is a province, {@code xxyy00} a prefecture, anything
	 * else a county.
	 * @throws IllegalArgumentException if {@code code} is not six ASCII digits
	 */
	public static DivisionLevel ofCode(String code) {
		if (!Division.isWellFormedCode(code)) {
			throw new IllegalArgumentException("Not a six-digit division code: " + code);
		}
		if (code.endsWith("0000")) {
			return PROVINCE;
		}
		return code.endsWith("00") ? PREFECTURE : COUNTY;
	}
}
