package org.redshield.categories;

/**
 * What an administrator sends to create or change a codebook entry ({@code PUT /api/v1/categories/{key}}). Absent
 * fields keep their value; the kind is given when the entry is created and never changes, and an entry is retired
 * ({@code active: false}) instead of deleted, because cases keep its key.
 */
public record CategoryEdit(String kind, String nameZh, String nameEn, String legacyCode, Integer position,
		Boolean active) {
}
