package org.redshield.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the {@code code name} list (UTF-8, one division per line, blank lines and {@code #} comments ignored) into
 * {@link Division}s ordered by code, each with its full name computed from the ancestors present in the list.
 */
final class DivisionList {

	private DivisionList() {
	}

	static List<Division> fromClasspath(String resource) {
		ClassLoader loader = DivisionList.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Division list not found on the classpath: " + resource);
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read division list " + resource, ex);
		}
	}

	static List<Division> read(Reader source, String description) throws IOException {
		Map<String, String> names = new TreeMap<>();
		BufferedReader reader = new BufferedReader(source);
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			String trimmed = line.strip();
			if (number == 1 && trimmed.startsWith("\uFEFF")) {
				trimmed = trimmed.substring(1).strip();
			}
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] parts = trimmed.split("\\s+");
			if (parts.length != 2 || !Division.isWellFormedCode(parts[0])) {
				throw new IllegalStateException(description + ":" + number + ": expected 'code name', got '" + line + "'");
			}
			if (names.put(parts[0], parts[1]) != null) {
				throw new IllegalStateException(description + ":" + number + ": duplicate code " + parts[0]);
			}
		}
		// Ancestor codes (xx0000, xxyy00) sort before their descendants, so one pass in code order suffices.
		Map<String, Division> byCode = new TreeMap<>();
		List<Division> divisions = new ArrayList<>(names.size());
		for (Map.Entry<String, String> entry : names.entrySet()) {
			String code = entry.getKey();
			DivisionLevel level = DivisionLevel.ofCode(code);
			StringBuilder fullName = new StringBuilder();
			if (level != DivisionLevel.PROVINCE) {
				Division province = byCode.get(code.substring(0, 2) + "0000");
				if (province != null) {
					fullName.append(province.name());
				}
			}
			if (level == DivisionLevel.COUNTY) {
				Division prefecture = byCode.get(code.substring(0, 4) + "00");
				if (prefecture != null) {
					fullName.append(prefecture.name());
				}
			}
			fullName.append(entry.getValue());
			Division division = new Division(code, entry.getValue(), level, fullName.toString());
			byCode.put(code, division);
			divisions.add(division);
		}
		return List.copyOf(divisions);
	}
}
