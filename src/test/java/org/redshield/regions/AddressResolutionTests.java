package org.redshield.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AddressResolutionTests {

	private static final Divisions divisions = Divisions.fromClasspath();

	private static Optional<String> resolve(String address) {
		return divisions.resolveAddress(address).map(Division::code);
	}

	@Test
	void resolvesAFullAddressToItsCounty() {
		assertThat(resolve("河北省邯郸市丛台区中华北大街1号")).hasValue("130403");
	}

	@Test
	void resolvesAPrefectureAndCountyWithoutTheProvince() {
		assertThat(resolve("邯郸市复兴区人民路88号")).hasValue("130404");
	}

	@Test
	void resolvesACountyNameUniqueNationwideOnItsOwn() {
		assertThat(resolve("丛台区人民路")).hasValue("130403");
	}

	@Test
	void resolvesAPrefectureNamedAlone() {
		assertThat(resolve("邯郸市")).hasValue("130400");
	}

	@Test
	void resolvesACountyLevelCityByItsFullName() {
		assertThat(resolve("武安市")).hasValue("130481");
		assertThat(resolve("河北省邯郸市武安市")).hasValue("130481");
	}

	@Test
	void leavesACountyNameSharedByTwoPrefecturesUnresolved() {
		assertThat(divisions.find("110105")).map(Division::name).hasValue("朝阳区");
		assertThat(divisions.find("220104")).map(Division::name).hasValue("朝阳区");

		assertThat(resolve("朝阳区")).isEmpty();
		assertThat(resolve("朝阳区建国路88号")).isEmpty();
	}

	@Test
	void resolvesASharedCountyNameWhenAnEnclosingDivisionIsNamed() {
		assertThat(resolve("北京市朝阳区建国路88号")).hasValue("110105");
		assertThat(resolve("长春市朝阳区")).hasValue("220104");
		assertThat(resolve("吉林省朝阳区")).hasValue("220104");
	}

	@Test
	void leavesNamesFromDifferentLinesOfDescentUnresolved() {
		assertThat(resolve("北京市邯郸市")).isEmpty();
		assertThat(resolve("河北省朝阳区")).isEmpty();
	}

	@Test
	void matchesProvinceAndPrefectureNamesWithoutTheirSuffix() {
		assertThat(resolve("河北邯郸丛台区")).hasValue("130403");
		assertThat(resolve("邯郸")).hasValue("130400");
		assertThat(resolve("广西南宁")).hasValue("450100");
		assertThat(resolve("新疆乌鲁木齐")).hasValue("650100");
		assertThat(resolve("湖北恩施州恩施市")).hasValue("422801");
	}

	@Test
	void matchesACountyWithoutItsSuffixOnlyRightAfterAnEnclosingDivision() {
		assertThat(resolve("北京朝阳")).hasValue("110105");
		assertThat(resolve("邯郸丛台")).hasValue("130403");
		assertThat(resolve("丛台")).isEmpty();
	}

	@Test
	void neverMatchesSingleCharacterStems() {
		assertThat(resolve("城")).isEmpty();
		assertThat(resolve("芒")).isEmpty();
		assertThat(resolve("晋城市城区")).hasValue("140502");
	}

	@Test
	void ignoresStemsThatAreStreetOrTownshipNames() {
		assertThat(resolve("中山路12号")).isEmpty();
		assertThat(resolve("城关镇")).isEmpty();
		assertThat(resolve("河北邯郸中华大街")).hasValue("130400");
	}

	@Test
	void stillMatchesAStemFollowedByADivisionThatStartsLikeAStreetWord() {
		assertThat(resolve("江苏镇江")).hasValue("321100");
		assertThat(resolve("唐山路北区")).hasValue("130203");
	}

	@Test
	void ignoresNamesInTheStreetPartAfterTheCounty() {
		assertThat(resolve("广州市越秀区北京路")).hasValue("440104");
		assertThat(resolve("丛台区北京华联超市")).hasValue("130403");
	}

	@Test
	void resolvesAnAmbiguousStemToTheDivisionContainingItsOtherMeaning() {
		// 吉林 is the stem of both 吉林省 and 吉林市, which lies in 吉林省.
		assertThat(resolve("吉林")).hasValue("220000");
		assertThat(resolve("吉林市丰满区")).hasValue("220211");
	}

	@Test
	void leavesAStemSharedAcrossProvincesUnresolved() {
		// 海南 is the stem of 海南省 and of 海南藏族自治州 in 青海省.
		assertThat(resolve("海南")).isEmpty();
		assertThat(resolve("海南省")).hasValue("460000");
	}

	@Test
	void resolvesDistrictsOfMunicipalitiesAndDirectlyAdministeredCounties() {
		assertThat(resolve("上海市浦东新区")).hasValue("310115");
		assertThat(resolve("河南省济源市")).hasValue("419001");
		assertThat(resolve("湖北省神农架林区")).hasValue("429021");
	}

	@Test
	void ignoresWhitespaceAndLeadingLabels() {
		assertThat(resolve(" 河北省 邯郸市\u3000丛台区 ")).hasValue("130403");
		assertThat(resolve("投诉地址：河北省邯郸市丛台区")).hasValue("130403");
	}

	@Test
	void returnsNothingForTextNamingNoDivision() {
		assertThat(resolve(null)).isEmpty();
		assertThat(resolve("")).isEmpty();
		assertThat(resolve("   ")).isEmpty();
		assertThat(resolve("中华北大街1号")).isEmpty();
		assertThat(resolve("no address")).isEmpty();
	}

	@Test
	void everyDivisionResolvesFromItsOwnFullName() {
		for (Division division : divisions.all()) {
			assertThat(divisions.resolveAddress(division.fullName())).as(division.fullName()).hasValue(division);
		}
	}
}
