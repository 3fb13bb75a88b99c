package org.redshield.cases;

/**
 * The respondent business (被投诉人 / 被举报人). For a seller inside an e-commerce platform (平台内经营者),
 * {@code divisionCode} is where the address shown on the platform lies (absent when none is shown) and
 * {@code platformName} / {@code platformDivisionCode} name the platform operator and its domicile (N13, N31).
 */
public record Respondent(String name, String address, String divisionCode, String platformName,
		String platformDivisionCode) {

	public boolean insidePlatform() {
		return platformName != null && !platformName.isBlank();
	}
}
