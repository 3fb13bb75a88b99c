package org.redshield.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: title, licence and the two ways to authenticate.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI redShieldOpenApi() {
		return new OpenAPI()
			.info(new Info().title("RedShield 12315 API")
				.version("v1")
				.description("Complaints, reports and consultations of a 12315 centre, handled under SAMR Order 121. "
						+ "Errors are RFC 9457 problem documents; a 400 names every bad field in `errors`.")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A token from POST /api/v1/tokens (rs_...)")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}
