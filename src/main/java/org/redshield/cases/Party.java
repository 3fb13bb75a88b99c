package org.redshield.cases;

/**
 * The complainant or reporter (投诉人 / 举报人): personal information, masked in lists.
 */
public record Party(String name, String phone, String address) {
}
