package org.redshield.console;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese unless the user asks otherwise: {@code ?lang=en} (or {@code ?lang=zh_CN}) switches the language and a cookie
 * keeps the choice; the browser's Accept-Language is deliberately ignored, since the centres work in Chinese.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_PARAMETER = "lang";

	static final String LANGUAGE_COOKIE = "redshield-lang";

	@Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(LANGUAGE_PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}
}
