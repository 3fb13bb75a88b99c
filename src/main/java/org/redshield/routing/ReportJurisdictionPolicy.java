package org.redshield.routing;

import static org.redshield.routing.ComplaintJurisdictionPolicy.present;

import java.util.Optional;

/**
 * N29 (举报管辖): 举报由被举报行为发生地的县级以上市场监督管理部门处理; N31: for a seller inside a platform, where it
 * actually operates, and the platform operator's domicile may handle a report it received first.
 */
public final class ReportJurisdictionPolicy {

	public Optional<CompetentDivision> competentDivision(JurisdictionFacts facts) {
		if (present(facts.conductDivisionCode())) {
			return Optional.of(new CompetentDivision(facts.conductDivisionCode(),
					facts.insidePlatform() ? "N31 平台内经营者实际经营地" : "N29 被举报行为发生地"));
		}
		if (present(facts.respondentDivisionCode())) {
			return Optional.of(new CompetentDivision(facts.respondentDivisionCode(),
					facts.insidePlatform() ? "N31 平台内经营者实际经营地" : "N29 被举报人所在地（行为发生地未填）"));
		}
		if (facts.insidePlatform() && present(facts.platformDivisionCode())) {
			return Optional.of(new CompetentDivision(facts.platformDivisionCode(), "N31 平台经营者住所地"));
		}
		return Optional.empty();
	}
}
