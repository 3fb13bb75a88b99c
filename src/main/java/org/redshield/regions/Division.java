package org.redshield.regions;

import java.util.Objects;

/**
 * One administrative division of GB/T 2260 (行政区划).
 * <p>
 * {@code fullName} is the division's name prefixed with the names of the ancestors that exist in the list, e.g.
 * "河北省邯郸市丛台区" for 130403, or "北京市朝阳区" for 110105 (there is no 110100 row). Instances are normally obtained
 * from {@link Divisions}, which computes it.
 *
 * @param code six ASCII digits, e.g. {@code 130403}
 * @param name the division's own name, e.g. "丛台区"
 * @param level the level the code denotes
 * @param fullName ancestors' names followed by {@code name}
 */
public record Division(String code, String name, DivisionLevel level, String fullName) {

	public Division {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(fullName, "fullName");
		if (!isWellFormedCode(code)) {
			throw new IllegalArgumentException("Not a six-digit division code: " + code);
		}
		if (name.isBlank()) {
			throw new IllegalArgumentException("Blank name for division " + code);
		}
		if (level != DivisionLevel.ofCode(code)) {
			throw new IllegalArgumentException("Code " + code + " denotes " + DivisionLevel.ofCode(code) + ", not " + level);
		}
		if (!fullName.endsWith(name)) {
			throw new IllegalArgumentException("Full name '" + fullName + "' does not end with '" + name + "'");
		}
	}

	/**
	 * The code of the province this division lies in: the first two digits followed by {@code 0000}. For a province it
	 * is its own code.
	 */
	public String provinceCode() {
		return code.substring(0, 2) + "0000";
	}

	/**
	 * The code of the prefecture this division lies in: the first four digits followed by {@code 00}. For a prefecture it
	 * is its own code, for a province its own (province) code. The code need not exist: municipalities' districts
	 * (1101xx) and 省直辖县级行政区划 (e.g. 4190xx, 4290xx, 4690xx, 6590xx) have no prefecture row, so use
	 * {@link Divisions#ancestorsOf(String)} for the ancestors that do exist.
	 */
	public String prefectureCode() {
		return code.substring(0, 4) + "00";
	}

	/** Whether {@code code} is six ASCII digits (not whether it exists). */
	static boolean isWellFormedCode(String code) {
		if (code == null || code.length() != 6) {
			return false;
		}
		for (int i = 0; i < 6; i++) {
			char c = code.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}
}
