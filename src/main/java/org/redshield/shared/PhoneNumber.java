package org.redshield.shared;

import java.util.regex.Pattern;

/**
 * A phone number as given by a complainant (联系电话): a mainland mobile number or a landline with area code.
 */
public final class PhoneNumber {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	private PhoneNumber() {
	}

	/** Whether the text is a plausible mainland mobile or landline number (spaces and a +86 prefix allowed). */
	public static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		String n = normalize(text);
		return MOBILE.matcher(n).matches() || LANDLINE.matcher(n).matches();
	}

	/** Strips spaces and the +86 / 0086 country prefix. */
	public static String normalize(String text) {
		String n = text.replace(" ", "").replace("\u00a0", "");
		if (n.startsWith("+86")) {
			n = n.substring(3);
		}
		else if (n.startsWith("0086")) {
			n = n.substring(4);
		}
		return n;
	}

	/**
	 * Masks the middle of a number for lists (脱敏): 13800138000 becomes 138****8000; short texts keep only their
	 * last two characters.
	 */
	public static String mask(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String n = normalize(text);
		if (n.length() >= 11) {
			return n.substring(0, 3) + "****" + n.substring(n.length() - 4);
		}
		if (n.length() > 4) {
			return n.substring(0, 2) + "*".repeat(n.length() - 4) + n.substring(n.length() - 2);
		}
		return "*".repeat(n.length());
	}

	/** Masks a resident ID number (身份证号) to its first 6 and last 4 characters. */
	public static String maskIdNumber(String id) {
		if (id == null || id.length() < 10) {
			return id == null ? null : "*".repeat(id.length());
		}
		return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
	}
}
