package org.redshield.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import org.redshield.cases.Case;
import org.redshield.cases.CaseType;
import org.redshield.cases.ComplainantHistory;

/**
 * N17: signs that a complaint may not be for personal consumption (职业索赔), shown to the officer deciding on
 * acceptance; the platform never refuses on its own. Thresholds are stated here so an officer can weigh them.
 * <ul>
 * <li>(二) 同一投诉人对同一经营者...短期内大量投诉: 3 or more complaints by one phone against one respondent within 90 days,
 * or 10 or more by one phone within 30 days;</li>
 * <li>(四) 多人使用同一手机号码、通讯地址等联系方式投诉: a phone used by 2 or more names, an address by 3 or more.</li>
 * </ul>
 */
@Service
public class ProfessionalClaimantSignals {

	static final int SAME_RESPONDENT_90_DAYS = 3;

	static final int ANY_RESPONDENT_30_DAYS = 10;

	static final int NAMES_PER_PHONE = 2;

	static final int NAMES_PER_ADDRESS = 3;

	/** One signal: which N17 factor, the measured count and the threshold it reached. */
	public record Signal(String factor, String code, int count, int threshold) {
	}

	private final ComplainantHistory history;

	ProfessionalClaimantSignals(ComplainantHistory history) {
		this.history = history;
	}

	public List<Signal> of(Case c) {
		List<Signal> signals = new ArrayList<>();
		if (c.type() != CaseType.COMPLAINT || c.complainant() == null || c.complainant().phone() == null) {
			return signals;
		}
		String phone = c.complainant().phone();
		if (c.respondent() != null && c.respondent().name() != null) {
			int n = history.complaintsByPhoneAgainstSince(phone, c.respondent().name(),
					c.receivedAt().minus(Duration.ofDays(90)));
			add(signals, "N17(二)", "SAME_RESPONDENT_90_DAYS", n, SAME_RESPONDENT_90_DAYS);
		}
		add(signals, "N17(二)", "MANY_COMPLAINTS_30_DAYS",
				history.complaintsByPhoneSince(phone, c.receivedAt().minus(Duration.ofDays(30))), ANY_RESPONDENT_30_DAYS);
		add(signals, "N17(四)", "PHONE_SHARED_BY_NAMES", history.namesUsingPhone(phone), NAMES_PER_PHONE);
		if (c.complainant().address() != null) {
			add(signals, "N17(四)", "ADDRESS_SHARED_BY_NAMES", history.namesUsingAddress(c.complainant().address()),
					NAMES_PER_ADDRESS);
		}
		return signals;
	}

	private static void add(List<Signal> signals, String factor, String code, int count, int threshold) {
		if (count >= threshold) {
			signals.add(new Signal(factor, code, count, threshold));
		}
	}
}
