package org.redshield.exchange;

import org.springframework.stereotype.Component;

/**
 * What the console's navigation needs to know about the exchange, for templates as {@code @exchangeLinks}: whether the
 * demo's partner simulator is on (its page exists only then).
 */
@Component("exchangeLinks")
public class ExchangeLinks {

	private final PartnerSimulator simulator;

	ExchangeLinks(PartnerSimulator simulator) {
		this.simulator = simulator;
	}

	public boolean simulator() {
		return simulator.enabled();
	}
}
