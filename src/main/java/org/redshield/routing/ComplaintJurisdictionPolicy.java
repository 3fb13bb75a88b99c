package org.redshield.routing;

import java.util.Optional;

/**
 * N13 (投诉管辖): 投诉由被投诉人实际经营地或者住所地县级市场监督管理部门处理. For a seller inside a platform: the county
 * where the address shown on the platform lies, or the platform operator's domicile; when no address is shown, the
 * platform operator's domicile. E-commerce platforms and own-website sellers: their domicile (given as the
 * respondent's division).
 */
public final class ComplaintJurisdictionPolicy {

	public Optional<CompetentDivision> competentDivision(JurisdictionFacts facts) {
		if (facts.insidePlatform()) {
			if (present(facts.respondentDivisionCode())) {
				return Optional.of(new CompetentDivision(facts.respondentDivisionCode(), "N13 平台内经营者公示地址所在地"));
			}
			if (present(facts.platformDivisionCode())) {
				return Optional.of(new CompetentDivision(facts.platformDivisionCode(), "N13 未公示地址，由平台经营者住所地处理"));
			}
			return Optional.empty();
		}
		if (present(facts.respondentDivisionCode())) {
			return Optional.of(new CompetentDivision(facts.respondentDivisionCode(), "N13 被投诉人实际经营地或住所地"));
		}
		return Optional.empty();
	}

	static boolean present(String code) {
		return code != null && !code.isBlank();
	}
}
