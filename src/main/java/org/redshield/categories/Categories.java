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
import org.springframework.transaction.annotation.Transactional;

import org.redshield.shared.Enums;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;

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

	/** Keys are short, stable and readable in exports: {@code G101}, {@code S07}, {@code I-FOOD-SAFETY}. */
	private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

	private static final int MAX_KEY = 32;

	private static final int MAX_NAME = 100;

	/** The entries of every list, in list and codebook order, retired ones too when asked. */
	public List<Category> all(boolean includeRetired) {
		return java.util.Arrays.stream(CategoryKind.values()).flatMap(k -> list(k, includeRetired).stream()).toList();
	}

	/**
	 * Creates an entry or changes one (the admin's codebook editor). The key and the kind never change once given;
	 * names, legacy code, position and whether the entry is active may. Every problem of the request is reported at once,
	 * by field.
	 * @return the entry as stored, and whether it was created
	 */
	@Transactional
	public Saved save(String key, CategoryEdit edit) {
		Category existing = find(key).orElse(null);
		List<FieldError> errors = new java.util.ArrayList<>();
		if (key == null || key.length() > MAX_KEY || !KEY.matcher(key).matches()) {
			errors.add(new FieldError("key", "must be 1 to 32 capital letters, digits and single hyphens, starting with a letter"));
		}
		CategoryKind kind = null;
		if (edit.kind() != null) {
			kind = Enums.find(CategoryKind.class, edit.kind()).orElse(null);
			if (kind == null) {
				errors.add(new FieldError("kind", Enums.allowed(CategoryKind.class)));
			}
			else if (existing != null && existing.kind() != kind) {
				errors.add(new FieldError("kind", "cannot change: cases keep the key under its list"));
			}
		}
		else if (existing == null) {
			errors.add(new FieldError("kind", "is required for a new entry"));
		}
		checkName(errors, "nameZh", edit.nameZh(), existing == null);
		checkName(errors, "nameEn", edit.nameEn(), existing == null);
		if (edit.legacyCode() != null && (edit.legacyCode().isBlank() || edit.legacyCode().length() > 16)) {
			errors.add(new FieldError("legacyCode", "must be 1 to 16 characters"));
		}
		if (edit.position() != null && (edit.position() < 1 || edit.position() > 9999)) {
			errors.add(new FieldError("position", "must be between 1 and 9999"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The codebook entry is not valid.", errors);
		}
		if (existing == null) {
			int position = edit.position() != null ? edit.position()
					: jdbc.sql("select coalesce(max(position), 0) + 1 from category where kind = ?")
						.param(kind.name())
						.query(Integer.class)
						.single();
			jdbc.sql("""
					insert into category (key, kind, name_zh, name_en, legacy_code, position, active)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (key) do nothing
					""")
				.params(key, kind.name(), edit.nameZh().strip(), edit.nameEn().strip(), trim(edit.legacyCode()), position,
						edit.active() == null || edit.active())
				.update();
		}
		else {
			jdbc.sql("""
					update category set name_zh = coalesce(?, name_zh), name_en = coalesce(?, name_en),
					       legacy_code = coalesce(?, legacy_code), position = coalesce(?, position), active = coalesce(?, active)
					where key = ?
					""")
				.params(trim(edit.nameZh()), trim(edit.nameEn()), trim(edit.legacyCode()), edit.position(), edit.active(),
						key)
				.update();
		}
		reload();
		return new Saved(find(key).orElseThrow(), existing == null);
	}

	/** An entry after {@link #save}: {@code created} is false when it existed before. */
	public record Saved(Category category, boolean created) {
	}

	private static void checkName(List<FieldError> errors, String field, String value, boolean required) {
		if (value == null) {
			if (required) {
				errors.add(new FieldError(field, "is required for a new entry"));
			}
		}
		else if (value.isBlank() || value.strip().length() > MAX_NAME) {
			errors.add(new FieldError(field, "must be 1 to 100 characters"));
		}
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
