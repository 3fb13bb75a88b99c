package org.redshield.categories;

import java.math.BigDecimal;

/**
 * One entry of the codebook.
 *
 * @param key stable internal key (e.g. {@code G101} 食品, {@code S07} 电信服务, {@code I12} 售后服务)
 * @param syntheticWeight an estimated share for generating realistic demo data, not a published statistic
 */
public record Category(String key, CategoryKind kind, String nameZh, String nameEn, String legacyCode,
		BigDecimal syntheticWeight, int position, boolean active) {
}
