/**
 * Jurisdiction (管辖): which division is competent for a complaint (N13, N14) or a report (N29, N31), and which unit
 * of the tree that is, or that none is and the case must be transferred out.
 */
package org.redshield.routing;
