/**
 * The case (诉求件) aggregate and its legal lifecycles as explicit transition tables, its timeline and its deadlines
 * counted by the working-day calendar under the rules in force on the day of receipt.
 */
package org.redshield.cases;
