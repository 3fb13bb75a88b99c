package org.redshield.portal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address rate limits count by: the peer's, or the nearest client in X-Forwarded-For when the peer is one of the
 * configured reverse proxies (a header from anyone else is ignored, or a script could claim a fresh address each time).
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(HttpServletRequest request, PortalProperties properties) {
		String peer = request.getRemoteAddr();
		String forwarded = request.getHeader("X-Forwarded-For");
		if (forwarded == null || forwarded.isBlank() || !properties.trustedProxies().contains(peer)) {
			return peer;
		}
		String[] hops = forwarded.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !properties.trustedProxies().contains(hop)) {
				return hop;
			}
		}
		return peer;
	}
}
