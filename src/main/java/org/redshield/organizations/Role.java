package org.redshield.organizations;

/**
 * Staff roles (岗位角色).
 */
public enum Role {

	/** 接线员: registers items, answers consultations. */
	OPERATOR,
	/** 调度、督办: dispatches, reroutes, watches deadlines. */
	DISPATCHER,
	/** 承办人员: accepts or refuses, mediates, verifies, closes. */
	OFFICER,
	/** 领导: oversees a unit and its subtree, approves extensions. */
	LEADER,
	/** 系统管理员: units, users, calendar. */
	ADMIN,
	/** 合作热线接口账号: the service account of a partner hotline (12345, 110, ...) exchanging work orders. */
	PARTNER;

	public String authority() {
		return "ROLE_" + name();
	}
}
