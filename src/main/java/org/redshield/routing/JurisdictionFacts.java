package org.redshield.routing;

/**
 * What routing needs to know about an item.
 *
 * @param report true for a report (举报), false for a complaint (投诉)
 * @param respondentDivisionCode where the respondent operates or is domiciled; for a platform seller, where the address
 * shown on the platform lies (absent when none is shown)
 * @param respondentAddress the respondent's address text, used when no division code is given
 * @param insidePlatform whether the respondent sells inside an e-commerce platform (平台内经营者)
 * @param platformDivisionCode the platform operator's domicile
 * @param conductDivisionCode for reports, where the conduct took place
 */
public record JurisdictionFacts(boolean report, String respondentDivisionCode, String respondentAddress,
		boolean insidePlatform, String platformDivisionCode, String conductDivisionCode) {
}
