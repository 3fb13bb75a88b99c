package org.redshield.categories.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.redshield.categories.Categories;
import org.redshield.categories.Category;
import org.redshield.categories.CategoryEdit;
import org.redshield.categories.CategoryKind;
import org.redshield.shared.Enums;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;

/**
 * The codebook over HTTP: every signed-in user reads it (intake forms, partner systems), administrators edit it.
 * There is no DELETE: cases keep the keys they were given, so an entry is retired with {@code "active": false}.
 */
@RestController
@RequestMapping("/api/v1/categories")
class CategoryController {

	private final Categories categories;

	CategoryController(Categories categories) {
		this.categories = categories;
	}

	@GetMapping
	List<Category> list(@RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "false") boolean includeRetired) {
		if (kind == null) {
			return categories.all(includeRetired);
		}
		return categories.list(Enums.parse(CategoryKind.class, kind, "kind"), includeRetired);
	}

	@GetMapping("/{key}")
	Category get(@PathVariable String key) {
		return categories.find(key).orElseThrow(() -> new NotFoundException("No codebook entry " + key));
	}

	@PutMapping("/{key}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Category> put(@PathVariable String key, @RequestBody(required = false) CategoryEdit body) {
		if (body == null) {
			throw new InvalidRequestException("body", "must be a JSON object with kind, nameZh, nameEn, position, active");
		}
		Categories.Saved saved = categories.save(key, body);
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.category());
	}
}
