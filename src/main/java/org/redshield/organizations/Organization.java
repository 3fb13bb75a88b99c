package org.redshield.organizations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.redshield.shared.NotFoundException;

/**
 * The unit tree, read from the database and kept in memory (a network of a few thousand units): lookups, subtrees and
 * "which units cover this division".
 */
@Service
public class Organization {

	private final JdbcClient jdbc;

	private final AtomicReference<Map<String, Unit>> units = new AtomicReference<>(Map.of());

	Organization(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Re-reads the tree after it was changed. */
	public void reload() {
		Map<String, List<String>> jurisdictions = jdbc
			.sql("select unit_code, division_code from unit_jurisdiction order by division_code")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<Unit> all = jdbc
			.sql("select code, name, kind, parent_code, division_code, path from unit where active order by path")
			.query((rs, i) -> new Unit(rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
					rs.getString("parent_code"), rs.getString("division_code"),
					jurisdictions.getOrDefault(rs.getString("code"), List.of()), rs.getString("path")))
			.list();
		units.set(all.stream().collect(Collectors.toUnmodifiableMap(Unit::code, Function.identity())));
	}

	public Optional<Unit> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(units.get().get(code));
	}

	public Unit get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("No unit " + code));
	}

	public List<Unit> all() {
		return units.get().values().stream().sorted(Comparator.comparing(Unit::path)).toList();
	}

	/** The root unit: the centre of the installation (统一接收机构). */
	public Optional<Unit> root() {
		return units.get().values().stream().filter(u -> u.parentCode() == null).min(Comparator.comparing(Unit::path));
	}

	/** Units whose jurisdiction lists exactly this division code. */
	public List<Unit> covering(String divisionCode) {
		List<Unit> result = new ArrayList<>();
		for (Unit unit : units.get().values()) {
			if (unit.jurisdiction().contains(divisionCode)) {
				result.add(unit);
			}
		}
		result.sort(Comparator.comparing(Unit::path));
		return result;
	}

	/** The unit and every unit below it. */
	public List<Unit> subtree(String code) {
		Unit top = get(code);
		return all().stream().filter(top::contains).toList();
	}

	public boolean isEmpty() {
		return units.get().isEmpty();
	}
}
