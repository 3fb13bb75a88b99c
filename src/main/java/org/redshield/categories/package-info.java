/**
 * The classification codebook (分类代码): goods and services categories, issue types and report types after SAMR's
 * 12315 statistics, kept as editable data with stable keys.
 */
package org.redshield.categories;
