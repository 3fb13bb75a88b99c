package org.redshield.portal;

/** Marks the public site's controllers, for the model and error handling that apply to them only. */
interface PortalPage {
}
