package org.redshield.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DivisionsTests {

	private static final Divisions divisions = Divisions.fromClasspath();

	@Test
	void loadsEveryDivisionOfTheBundledListPerLevel() {
		Map<DivisionLevel, Long> perLevel = divisions.all()
			.stream()
			.collect(Collectors.groupingBy(Division::level, Collectors.counting()));

		assertThat(perLevel).containsExactlyInAnyOrderEntriesOf(
				Map.of(DivisionLevel.PROVINCE, 34L, DivisionLevel.PREFECTURE, 333L, DivisionLevel.COUNTY, 2846L));
		assertThat(divisions.all()).hasSize(3213);
	}

	@Test
	void listsAllDivisionsOrderedByCode() {
		List<String> codes = divisions.all().stream().map(Division::code).toList();

		assertThat(codes).isSorted().doesNotHaveDuplicates();
		assertThat(codes.get(0)).isEqualTo("110000");
	}

	@Test
	void findsADivisionByItsCode() {
		assertThat(divisions.find("130403")).hasValueSatisfying(division -> {
			assertThat(division.name()).isEqualTo("丛台区");
			assertThat(division.level()).isEqualTo(DivisionLevel.COUNTY);
		});
		assertThat(divisions.exists("130403")).isTrue();
	}

	@Test
	void treatsUnknownMalformedAndNullCodesAsNotFound() {
		for (String code : new String[] { "130499", "990000", "13040", "1304031", "abcdef", "", null }) {
			assertThat(divisions.find(code)).as(code).isEmpty();
			assertThat(divisions.exists(code)).as(code).isFalse();
			assertThat(divisions.children(code)).as(code).isEmpty();
			assertThat(divisions.ancestorsOf(code)).as(code).isEmpty();
			assertThat(divisions.isWithin(code, "130000")).as(code).isFalse();
			assertThat(divisions.isWithin("130403", code)).as(code).isFalse();
		}
	}

	@Test
	void handanHasEighteenCountyLevelChildrenInCodeOrder() {
		List<Division> children = divisions.children("130400");

		assertThat(children).hasSize(18).allMatch(child -> child.level() == DivisionLevel.COUNTY);
		assertThat(children.get(0)).extracting(Division::code, Division::name).containsExactly("130402", "邯山区");
		assertThat(children.get(17)).extracting(Division::code, Division::name).containsExactly("130481", "武安市");
		assertThat(children).extracting(Division::code).isSorted();
	}

	@Test
	void provinceChildrenAreItsPrefecturesAndTheCountiesItAdministersDirectly() {
		Map<String, String> henan = divisions.children("410000")
			.stream()
			.collect(Collectors.toMap(Division::code, Division::name));

		assertThat(henan).hasSize(18).containsEntry("410100", "郑州市").containsEntry("419001", "济源市");
		assertThat(divisions.children("110000")).hasSize(16)
			.allMatch(child -> child.level() == DivisionLevel.COUNTY)
			.extracting(Division::code)
			.contains("110105");
	}

	@Test
	void countiesAndPrefecturesWithoutCountiesHaveNoChildren() {
		assertThat(divisions.children("130403")).isEmpty();
		assertThat(divisions.children("441900")).isEmpty();
	}

	@Test
	void everyDivisionOtherThanAProvinceHasAParentAndAppearsAmongItsChildren() {
		for (Division division : divisions.all()) {
			List<Division> ancestors = divisions.ancestorsOf(division.code());
			if (division.level() == DivisionLevel.PROVINCE) {
				assertThat(ancestors).as(division.code()).isEmpty();
			}
			else {
				assertThat(ancestors).as(division.code()).isNotEmpty();
				assertThat(divisions.children(ancestors.get(0).code())).as(division.code()).contains(division);
			}
		}
	}

	@Test
	void aCodeIsWithinItselfItsPrefectureAndItsProvince() {
		assertThat(divisions.isWithin("130403", "130403")).isTrue();
		assertThat(divisions.isWithin("130403", "130400")).isTrue();
		assertThat(divisions.isWithin("130403", "130000")).isTrue();
		assertThat(divisions.isWithin("130400", "130000")).isTrue();
		assertThat(divisions.isWithin("110105", "110000")).isTrue();
	}

	@Test
	void aCodeIsNotWithinItsDescendantsSiblingsOrOtherProvinces() {
		assertThat(divisions.isWithin("130000", "130400")).isFalse();
		assertThat(divisions.isWithin("130400", "130403")).isFalse();
		assertThat(divisions.isWithin("130403", "130404")).isFalse();
		assertThat(divisions.isWithin("130403", "130300")).isFalse();
		assertThat(divisions.isWithin("220104", "110000")).isFalse();
	}

	@Test
	void ancestorsAreListedNearestFirst() {
		assertThat(divisions.ancestorsOf("130403")).extracting(Division::code).containsExactly("130400", "130000");
		assertThat(divisions.ancestorsOf("130400")).extracting(Division::code).containsExactly("130000");
		assertThat(divisions.ancestorsOf("130000")).isEmpty();
	}

	@Test
	void ancestorsSkipPrefectureRowsAbsentFromTheList() {
		assertThat(divisions.exists("110100")).isFalse();
		assertThat(divisions.ancestorsOf("110105")).extracting(Division::code).containsExactly("110000");
		assertThat(divisions.ancestorsOf("419001")).extracting(Division::code).containsExactly("410000");
		assertThat(divisions.ancestorsOf("429021")).extracting(Division::code).containsExactly("420000");
	}

	@Test
	void fullNameJoinsTheNamesOfExistingAncestors() {
		Function<String, String> fullName = code -> divisions.find(code).orElseThrow().fullName();

		assertThat(fullName.apply("130403")).isEqualTo("河北省邯郸市丛台区");
		assertThat(fullName.apply("130400")).isEqualTo("河北省邯郸市");
		assertThat(fullName.apply("130000")).isEqualTo("河北省");
		assertThat(fullName.apply("110105")).isEqualTo("北京市朝阳区");
		assertThat(fullName.apply("419001")).isEqualTo("河南省济源市");
	}

	@Test
	void derivedProvinceAndPrefectureCodesMatchTheExistingAncestors() {
		for (Division division : divisions.all()) {
			List<String> ancestors = divisions.ancestorsOf(division.code()).stream().map(Division::code).toList();
			if (division.level() != DivisionLevel.PROVINCE) {
				assertThat(ancestors).as(division.code()).endsWith(division.provinceCode());
			}
			if (division.level() == DivisionLevel.COUNTY && divisions.exists(division.prefectureCode())) {
				assertThat(ancestors).as(division.code()).startsWith(division.prefectureCode());
			}
		}
	}
}
