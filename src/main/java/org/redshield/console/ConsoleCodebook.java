package org.redshield.console;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.redshield.categories.Categories;
import org.redshield.categories.Category;
import org.redshield.categories.CategoryKind;

/**
 * The codebook's lists for the intake form's and the case page's classification selects, and the names of the keys a
 * case carries, in the page's language. Templates call it as {@code @consoleCodebook}.
 */
@Component("consoleCodebook")
class ConsoleCodebook {

	private final Categories categories;

	ConsoleCodebook(Categories categories) {
		this.categories = categories;
	}

	/** The active entries of a list: GOODS, SERVICE, ISSUE or REPORT. */
	public List<Category> list(String kind) {
		return categories.list(CategoryKind.valueOf(kind), false);
	}

	/** The name of a key in the page's language; the key itself if the codebook no longer knows it, null for none. */
	public String name(String key) {
		if (key == null) {
			return null;
		}
		return categories.find(key).map(this::label).orElse(key);
	}

	public String label(Category c) {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? c.nameEn() : c.nameZh();
	}
}
