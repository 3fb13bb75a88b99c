package org.redshield.console;

/**
 * Marks the console's controllers, so that the console's model attributes and error pages apply to them alone and
 * never to the JSON API.
 */
interface ConsolePage {
}
