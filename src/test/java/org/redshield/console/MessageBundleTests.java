package org.redshield.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.redshield.cases.CaseStatus;
import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.cases.DeadlineStep;
import org.redshield.cases.Move;
import org.redshield.cases.PauseReason;
import org.redshield.cases.RefusalReason;
import org.redshield.cases.RuleSet;
import org.redshield.cases.TerminationReason;
import org.redshield.organizations.Role;
import org.redshield.organizations.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese and English say the same things: the same keys in both bundles, and a label in each for every value of the
 * enums the console shows.
 */
class MessageBundleTests {

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Properties chinese = load("messages.properties");
		Properties english = load("messages_en.properties");

		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
	}

	@Test
	void everyValueTheConsoleShowsHasALabelInBothLanguages() throws IOException {
		List<String> keys = new ArrayList<>();
		Arrays.stream(CaseType.values()).forEach(v -> keys.add("type." + v));
		Arrays.stream(Channel.values()).forEach(v -> keys.add("channel." + v));
		Arrays.stream(CaseStatus.values()).forEach(v -> keys.add("status." + v));
		Arrays.stream(DeadlineStep.values()).forEach(v -> keys.add("step." + v));
		Arrays.stream(RefusalReason.values()).forEach(v -> keys.add("refusal." + v));
		Arrays.stream(TerminationReason.values()).forEach(v -> keys.add("termination." + v));
		Arrays.stream(PauseReason.values()).forEach(v -> keys.add("pause." + v));
		Arrays.stream(Role.values()).forEach(v -> keys.add("role." + v));
		Arrays.stream(RuleSet.values()).forEach(v -> keys.add("rules." + v));
		Arrays.stream(UnitKind.values()).forEach(v -> keys.add("unitkind." + v));
		Arrays.stream(Move.values())
			.flatMap(m -> Stream.of("move." + m.path(), "move." + m.path() + ".hint"))
			.forEach(keys::add);
		ConsoleIntakeController.INPUTS.forEach(field -> keys.add("field." + field));

		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties properties = load(bundle);
			assertThat(keys).as(bundle).allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void chineseIsTheDefault() throws IOException {
		assertThat(load("messages.properties").getProperty("status.ACCEPTED")).isEqualTo("已受理");
		assertThat(load("messages_en.properties").getProperty("status.ACCEPTED")).isEqualTo("Accepted");
	}
}
