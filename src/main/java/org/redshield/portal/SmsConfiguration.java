package org.redshield.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Logs messages unless the installation declares its own {@link SmsSender}. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsSender.class)
	LoggingSmsSender loggingSmsSender() {
		return new LoggingSmsSender();
	}
}
