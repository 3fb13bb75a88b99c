/**
 * Intake (登记受理): registers items from every channel, checks the items N10 and N28 require, splits a mixed
 * complaint-and-report submission (N9) and hands each part to routing and the cases module.
 */
package org.redshield.intake;
