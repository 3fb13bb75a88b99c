package org.redshield.portal;

/**
 * Sends a text message to a consumer's mobile phone. The default writes it to the log; an installation plugs in its
 * SMS gateway by declaring a bean of this type.
 */
public interface SmsSender {

	/**
	 * @param phone a normalized mainland mobile number (13800138000)
	 * @param text the whole message, signature included
	 */
	void send(String phone, String text);
}
