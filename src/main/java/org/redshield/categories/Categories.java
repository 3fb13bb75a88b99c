package org.redshield.categories;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.redshield.shared.FieldError;

/**
 * The codebook, read from the database and kept in memory (a hundred entries).
 */
@Service
public class Categories {

	private final JdbcClient jdbc;

	private final AtomicReference<Map<String, Category>> entries = new AtomicReference<>();

	Categories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	public void reload() {
		entries.set(jdbc
			.sql("select key, kind, name_zh, name_en, legacy_code, synthetic_weight, position, active from category")
			.query((rs, i) -> new Category(rs.getString(1), CategoryKind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getInt(7), rs.getBoolean(8)))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Category::key, Function.identity())));
	}

	private Map<String, Category> entries() {
		Map<String, Category> map = entries.get();
		if (map == null) {
			reload();
			map = entries.get();
		}
		return map;
	}

	public Optional<Category> find(String key) {
		return key == null ? Optional.empty() : Optional.ofNullable(entries().get(key));
	}

	/** Whether the key names an active entry of one of the kinds. */
	public boolean isActive(String key, CategoryKind... kinds) {
		return find(key).filter(Category::active).filter(c -> List.of(kinds).contains(c.kind())).isPresent();
	}

	/**
	 * What is wrong with the keys given for an item: the category must be an active goods or services entry, the issue
	 * an active issue type (a report type for reports). Null keys are fine: they are assigned later.
	 */
	public List<FieldError> problems(boolean report, String category, String issue) {
		List<FieldError> errors = new java.util.ArrayList<>();
		if (category != null && !isActive(category, CategoryKind.GOODS, CategoryKind.SERVICE)) {
			errors.add(new FieldError("category", "not an active goods or services category of the codebook"));
		}
		CategoryKind issueKind = report ? CategoryKind.REPORT : CategoryKind.ISSUE;
		if (issue != null && !isActive(issue, issueKind)) {
			errors.add(new FieldError("issue", "not an active " + (report ? "report" : "issue") + " type of the codebook"));
		}
		return errors;
	}

	/** The entries of a list in codebook order, active ones only unless asked. */
	public List<Category> list(CategoryKind kind, boolean includeRetired) {
		return entries().values()
			.stream()
			.filter(c -> c.kind() == kind && (includeRetired || c.active()))
			.sorted(Comparator.comparingInt(Category::position))
			.toList();
	}
}
