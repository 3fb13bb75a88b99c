package org.redshield.categories;

/**
 * The lists of the codebook.
 */
public enum CategoryKind {
	/** 商品类 */
	GOODS,
	/** 服务类 */
	SERVICE,
	/** 投诉问题类别 */
	ISSUE,
	/** 举报类别 */
	REPORT
}
