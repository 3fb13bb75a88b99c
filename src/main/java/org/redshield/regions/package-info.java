/**
 * Administrative divisions of China per GB/T 2260 (行政区划代码): looks up codes and their hierarchy and turns free
 * address text into the division code it names, so complaints can be routed to the right jurisdiction.
 */
package org.redshield.regions;
