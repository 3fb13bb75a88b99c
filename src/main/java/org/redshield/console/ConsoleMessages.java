package org.redshield.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.redshield.shared.FieldError;

/**
 * Texts from the message bundles in the current request's language, including the console's wording of the modules'
 * validation messages (which are English and meant for API clients).
 */
@Component
class ConsoleMessages {

	private static final Pattern AT_MOST = Pattern.compile("at most (\\d+) characters");

	private final MessageSource messages;

	ConsoleMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** One bad field as the console shows it: its label, what is wrong, and the input to jump to. */
	record FieldProblem(String field, String label, String message, String inputId) {
	}

	List<FieldProblem> problems(List<FieldError> errors) {
		return errors.stream()
			.map(e -> new FieldProblem(e.field(), fieldLabel(e.field()), problem(e.message()), inputId(e.field())))
			.toList();
	}

	String fieldLabel(String field) {
		return messages.getMessage("field." + field, null, field, LocaleContextHolder.getLocale());
	}

	/**
	 * A module's message in the user's language: {@code problem.<slug>} where the slug is the message in lower case
	 * with every run of other characters than letters and digits turned into a hyphen; the message itself when the
	 * bundles have no wording for it yet.
	 */
	String problem(String message) {
		if (message == null || message.isBlank()) {
			return text("problem.invalid");
		}
		Locale locale = LocaleContextHolder.getLocale();
		String lower = message.toLowerCase(Locale.ROOT);
		Matcher atMost = AT_MOST.matcher(lower);
		if (atMost.matches()) {
			return messages.getMessage("problem.too-long", new Object[] { atMost.group(1) }, message, locale);
		}
		for (String prefix : List.of("must be one of", "unknown unit", "must be iso-8601")) {
			if (lower.startsWith(prefix)) {
				return messages.getMessage("problem." + slug(prefix), null, message, locale);
			}
		}
		return messages.getMessage("problem." + slug(lower), null, message, locale);
	}

	static String slug(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/** The id of the input bound to a field path of a request: {@code complainant.phone} → {@code f-complainant-phone}. */
	static String inputId(String field) {
		return "f-" + field.replace('.', '-');
	}
}
