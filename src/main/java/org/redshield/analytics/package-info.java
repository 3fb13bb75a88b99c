/**
 * Figures for leaders and big screens (统计分析): items received and what became of them, by type, channel, category,
 * issue, region, unit and respondent, with trends, top lists and the cases behind every figure, read with plain SQL
 * over the cases module's tables within the caller's data scope.
 */
package org.redshield.analytics;
