package org.redshield.analytics;

/**
 * What is counted among the items received in a period: every figure of the dashboard is one of these, and the list
 * of cases behind it ({@code /api/v1/analytics/cases?measure=}) uses the very same SQL predicate, so a drill-down
 * always lists exactly as many cases as the figure says.
 * <p>
 * All predicates read columns of {@code cases} and, for a few, {@code case_timeline} / {@code case_deadline} by
 * primary key prefix; a nightly rollup ({@code analytics_daily(received_on, unit, type, channel, category, issue,
 * region, measure counts)}) can later serve every figure but the drill-down lists from a few thousand rows a year.
 */
public enum Measure {

	/** 登记量: every item received. */
	RECEIVED("true"),
	/** 受理: complaints accepted (N15). */
	ACCEPTED("c.accepted_on is not null"),
	/** 不予受理 (N16). */
	REFUSED("c.refusal_reason is not null"),
	/** 调解成功: an agreement was recorded, whatever happened after (closed, usually). */
	MEDIATED("exists (select 1 from case_timeline t where t.case_id = c.id and t.move = 'RECORD_AGREEMENT')"),
	/** 办结: closed, by a CLOSE move or an enquiry answered (both end in status CLOSED). */
	CLOSED("c.status = 'CLOSED'"),
	/** 按期办结: closed without any of its time limits met late. */
	CLOSED_ON_TIME("c.status = 'CLOSED' and not exists (select 1 from case_deadline d where d.case_id = c.id "
			+ "and d.met_on > d.due_date)"),
	/**
	 * 应受理: complaints whose acceptance decision is due: decided (accepted or refused), or not decided and past the
	 * acceptance limit (still open, or withdrawn or transferred out after the limit). Not yet due, or withdrawn in time,
	 * they do not count either way.
	 */
	ACCEPTANCE_DUE("exists (select 1 from case_deadline d where d.case_id = c.id and d.step = 'ACCEPTANCE' and "
			+ "(c.accepted_on is not null or c.refusal_reason is not null or coalesce(d.met_on, :today) > d.due_date))"),
	/** 按时受理: decided (accepted or refused) on or before the acceptance limit. */
	ACCEPTED_ON_TIME("exists (select 1 from case_deadline d where d.case_id = c.id and d.step = 'ACCEPTANCE' and "
			+ "(c.accepted_on is not null or c.refusal_reason is not null) and d.met_on <= d.due_date)"),
	/** 超期受理: due but not decided in time; the cases behind a low on-time rate. */
	ACCEPTED_LATE("exists (select 1 from case_deadline d where d.case_id = c.id and d.step = 'ACCEPTANCE' and "
			+ "(((c.accepted_on is not null or c.refusal_reason is not null) and d.met_on > d.due_date) or "
			+ "(c.accepted_on is null and c.refusal_reason is null and coalesce(d.met_on, :today) > d.due_date)))"),
	/** 热线联动件: transferred in by a partner hotline (12345, 110, ...). */
	LINKAGE("c.source_partner_code is not null"),
	/** 挽回经济损失: items with money recovered for the consumer. */
	RECOVERED("c.recovered_amount > 0");

	private final String predicate;

	Measure(String predicate) {
		this.predicate = predicate;
	}

	/** The SQL condition on {@code cases c}; may use the parameter {@code :today}. */
	String predicate() {
		return predicate;
	}

	/** The camel-case name the JSON uses, e.g. {@code closedOnTime}. */
	public String jsonName() {
		String[] parts = name().toLowerCase().split("_");
		StringBuilder b = new StringBuilder(parts[0]);
		for (int i = 1; i < parts.length; i++) {
			b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
		}
		return b.toString();
	}
}
