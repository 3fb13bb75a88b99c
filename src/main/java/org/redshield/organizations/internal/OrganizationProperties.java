package org.redshield.organizations.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Start-up settings of the organization module.
 *
 * @param adminPassword password of user {@code admin} at first start ({@code REDSHIELD_ADMIN_PASSWORD}); a random one
 * is generated and logged once when blank
 * @param demo the demo city: {@code mode} auto (load on the embedded database when no unit exists), always (load when
 * no unit exists) or never; {@code password} for its users
 * @param organizationFile a JSON organization document to load at start ({@code REDSHIELD_ORGANIZATION_FILE})
 */
@ConfigurationProperties("redshield")
record OrganizationProperties(String adminPassword, Demo demo, String organizationFile) {

	record Demo(String mode, String password) {
	}
}
