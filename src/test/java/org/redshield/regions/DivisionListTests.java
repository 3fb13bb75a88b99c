package org.redshield.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class DivisionListTests {

	@Test
	void readsCodeNameLinesIntoDivisionsOrderedByCodeSkippingBlanksAndComments() throws IOException {
		List<Division> divisions = DivisionList.read(new StringReader("""
				# test list
				130403 丛台区

				130000 河北省
				130400\t邯郸市
				110105 朝阳区
				"""), "test");

		assertThat(divisions).extracting(Division::code, Division::fullName)
			.containsExactly(tuple("110105", "朝阳区"),
					tuple("130000", "河北省"),
					tuple("130400", "河北省邯郸市"),
					tuple("130403", "河北省邯郸市丛台区"));
	}

	@Test
	void rejectsMalformedLinesWithTheirLineNumber() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DivisionList.read(new StringReader("130000 河北省\n13040 邯郸市\n"), "test"))
			.withMessageContaining("test:2");
		assertThatIllegalStateException()
			.isThrownBy(() -> DivisionList.read(new StringReader("130000 河北 省\n"), "test"))
			.withMessageContaining("test:1");
	}

	@Test
	void rejectsDuplicateCodes() {
		assertThatIllegalStateException()
			.isThrownBy(() -> DivisionList.read(new StringReader("130000 河北省\n130000 河北省\n"), "test"))
			.withMessageContaining("duplicate code 130000");
	}
}
