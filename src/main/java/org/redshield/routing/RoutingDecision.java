package org.redshield.routing;

/**
 * Where an item goes.
 *
 * @param competentDivisionCode the competent division, null when it could not be determined
 * @param unitCode the unit of the tree competent for it; null when outside the tree or undetermined
 * @param outsideTree the competent division is covered by no unit of this installation: transfer out
 * @param basis the article and fact that decided it
 */
public record RoutingDecision(String competentDivisionCode, String unitCode, boolean outsideTree, String basis) {
}
