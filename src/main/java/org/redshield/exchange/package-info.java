/**
 * Hotline linkage (热线联动): work orders exchanged with partner hotlines (12345, 110, 12331, a superior agency) both
 * ways — signed inbound work orders, feedback and transfers out through a transactional outbox, partners' answers back
 * onto the case, an Open311 GeoReport v2 endpoint, and a simulated 12345 for the demo.
 */
package org.redshield.exchange;
