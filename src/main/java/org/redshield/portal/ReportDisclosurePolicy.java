package org.redshield.portal;

import org.redshield.cases.CaseStatus;
import org.redshield.cases.Move;
import org.redshield.cases.RuleSet;

/**
 * What a reporter (举报人) learns about a report online. N37 keeps the handling of a report confidential; N36 tells the
 * reporter the result only where a law, regulation or rule requires it. So the reporter sees that the report was
 * received and, at the end, that it was handled (办结) — never verification steps, transfers (a transfer to the
 * police under N42 may concern the reporter) or who handled it. The decision to open a case (立案 / 不予立案) is told
 * only to a real-name reporter of a report received under the interim measures (Order 20 of 2019, Art. 31: within
 * five working days of the decision); under Order 121 no rule in force here requires it, so it is not shown.
 */
final class ReportDisclosurePolicy {

	private ReportDisclosurePolicy() {
	}

	/** Whether this step of a report's timeline is shown to its reporter. */
	static boolean shows(Move move, RuleSet rules, boolean realName) {
		return switch (move) {
			case REGISTER, CLOSE, WITHDRAW -> true;
			case OPEN_CASE, DECLINE_CASE -> decisionTold(rules, realName);
			default -> false;
		};
	}

	static boolean decisionTold(RuleSet rules, boolean realName) {
		return realName && rules == RuleSet.ORDER_20_2019;
	}

	/** The status the reporter sees: received, in handling, the decision where told, or handled. */
	static String statusKey(CaseStatus status, RuleSet rules, boolean realName) {
		return switch (status) {
			case CLOSED -> "status.CLOSED";
			case WITHDRAWN -> "status.WITHDRAWN";
			case CASE_OPENED, NOT_OPENED -> decisionTold(rules, realName) ? "status." + status
					: "portal.status.HANDLING";
			case REGISTERED -> "portal.status.RECEIVED";
			default -> "portal.status.HANDLING";
		};
	}
}
