package org.redshield.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DivisionTests {

	@Test
	void derivesProvinceAndPrefectureCodesFromACountyCode() {
		Division congtai = new Division("130403", "丛台区", DivisionLevel.COUNTY, "河北省邯郸市丛台区");

		assertThat(congtai.provinceCode()).isEqualTo("130000");
		assertThat(congtai.prefectureCode()).isEqualTo("130400");
	}

	@Test
	void derivesThePrefectureCodeOfAMunicipalDistrictEvenThoughNoSuchRowExists() {
		Division chaoyang = new Division("110105", "朝阳区", DivisionLevel.COUNTY, "北京市朝阳区");

		assertThat(chaoyang.provinceCode()).isEqualTo("110000");
		assertThat(chaoyang.prefectureCode()).isEqualTo("110100");
	}

	@Test
	void prefectureAndProvinceCodesOfHigherLevelsAreTheirOwnWhereTheFormulaSaysSo() {
		Division handan = new Division("130400", "邯郸市", DivisionLevel.PREFECTURE, "河北省邯郸市");
		Division hebei = new Division("130000", "河北省", DivisionLevel.PROVINCE, "河北省");

		assertThat(handan.prefectureCode()).isEqualTo("130400");
		assertThat(handan.provinceCode()).isEqualTo("130000");
		assertThat(hebei.prefectureCode()).isEqualTo("130000");
		assertThat(hebei.provinceCode()).isEqualTo("130000");
	}

	@Test
	void levelIsReadOffTheShapeOfTheCode() {
		assertThat(DivisionLevel.ofCode("130000")).isEqualTo(DivisionLevel.PROVINCE);
		assertThat(DivisionLevel.ofCode("130400")).isEqualTo(DivisionLevel.PREFECTURE);
		assertThat(DivisionLevel.ofCode("130403")).isEqualTo(DivisionLevel.COUNTY);
		assertThat(DivisionLevel.ofCode("419001")).isEqualTo(DivisionLevel.COUNTY);
	}

	@Test
	void rejectsCodesThatAreNotSixAsciiDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> DivisionLevel.ofCode("13040"));
		assertThatIllegalArgumentException().isThrownBy(() -> DivisionLevel.ofCode("１３０４０３"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Division("13040x", "丛台区", DivisionLevel.COUNTY, "丛台区"));
	}

	@Test
	void rejectsALevelThatContradictsTheCode() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Division("130400", "邯郸市", DivisionLevel.COUNTY, "河北省邯郸市"));
	}

	@Test
	void rejectsABlankNameOrAFullNameNotEndingWithTheName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Division("130403", " ", DivisionLevel.COUNTY, " "));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Division("130403", "丛台区", DivisionLevel.COUNTY, "河北省邯郸市"));
	}
}
