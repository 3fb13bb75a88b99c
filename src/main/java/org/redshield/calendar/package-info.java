/**
 * Working days (工作日), statutory holidays (法定节假日) and the period arithmetic of Article 45 of SAMR Order 121
 * (期间计算), from the State Council's yearly holiday notices, which an admin can load without a release.
 */
package org.redshield.calendar;
