package org.redshield.console;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.redshield.console.ConsoleMessages.FieldProblem;
import org.redshield.shared.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' English validation messages in the user's language, over the real bundles.
 */
class ConsoleMessagesTests {

	private final ConsoleMessages messages = new ConsoleMessages(bundles());

	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void wordsIntakeProblemsInChineseByDefault() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

		List<FieldProblem> problems = messages.problems(List.of(new FieldError("complainant.phone",
				"not a mainland mobile or landline number"), new FieldError("respondent.name", "is required")));

		assertThat(problems).containsExactly(
				new FieldProblem("complainant.phone", "联系电话", "不是有效的手机号或固定电话", "f-complainant-phone"),
				new FieldProblem("respondent.name", "被投诉人名称", "必填", "f-respondent-name"));
	}

	@Test
	void wordsThemInEnglishWhenAsked() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(messages.problem("is required")).isEqualTo("Required");
		assertThat(messages.fieldLabel("respondent.platform.divisionCode")).isEqualTo("Platform's division");
	}

	@Test
	void wordsMessagesWithValuesByTheirFixedPart() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

		assertThat(messages.problem("at most 200 characters")).isEqualTo("不能超过 200 个字");
		assertThat(messages.problem("must be one of [COMPLAINT, REPORT]")).isEqualTo("不是可选的值");
		assertThat(messages.problem("must be ISO-8601 with an offset, e.g. 2026-10-09T09:30:00+08:00"))
			.isEqualTo("时间格式不正确");
		assertThat(messages.problem("must be a unit below the handling unit; a unit without competence returns the "
				+ "case to the centre (N41)")).isEqualTo("须为承办单位的下级单位；无管辖权的应退回指挥中心（第四十一条）");
	}

	@Test
	void showsAMessageTheBundlesDoNotWordYetAsItIs() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

		assertThat(messages.problem("a brand-new rule was broken")).isEqualTo("a brand-new rule was broken");
		assertThat(messages.fieldLabel("someNewField")).isEqualTo("someNewField");
	}
}
