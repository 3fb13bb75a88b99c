package org.redshield.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Enum values as they arrive in requests: exact constant names, a wrong one reported by field.
 */
public final class Enums {

	private Enums() {
	}

	public static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
		return value == null ? Optional.empty()
				: Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
	}

	/** The constant named {@code value}, or a 400 naming {@code field} and the allowed values. */
	public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		return find(type, value).orElseThrow(() -> new InvalidRequestException(field, allowed(type)));
	}

	public static String allowed(Class<? extends Enum<?>> type) {
		return "must be one of " + List.of(type.getEnumConstants());
	}
}
