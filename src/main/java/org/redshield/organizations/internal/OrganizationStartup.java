package org.redshield.organizations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.redshield.organizations.Organization;
import org.redshield.organizations.OrganizationDocument;
import org.redshield.organizations.OrganizationDocument.UnitEntry;
import org.redshield.organizations.OrganizationDocument.UserEntry;
import org.redshield.shared.DatabaseProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * At start: loads a configured organization file or the demo city (Handan, 130400) when the database has no unit yet,
 * and makes sure user {@code admin} exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganizationStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganizationStartup.class);

	static final String DEMO = "organizations/demo-handan.json";

	private final Organization organization;

	private final OrganizationImport importer;

	private final OrganizationProperties properties;

	private final DatabaseProperties database;

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	OrganizationStartup(Organization organization, OrganizationImport importer, OrganizationProperties properties,
			DatabaseProperties database, JdbcClient jdbc) {
		this.organization = organization;
		this.importer = importer;
		this.properties = properties;
		this.database = database;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		organization.reload();
		if (properties.organizationFile() != null && !properties.organizationFile().isBlank()) {
			try (InputStream in = Files.newInputStream(Path.of(properties.organizationFile()))) {
				int[] n = importer.load(json.readValue(in, OrganizationDocument.class), null);
				log.info("Loaded organization file {}: {} units, {} users", properties.organizationFile(), n[0], n[1]);
			}
		}
		String mode = properties.demo() == null ? "auto" : properties.demo().mode();
		boolean demo = organization.isEmpty()
				&& ("always".equals(mode) || ("auto".equals(mode) && database.embedded()));
		if (demo) {
			try (InputStream in = new ClassPathResource(DEMO).getInputStream()) {
				int[] n = importer.load(json.readValue(in, OrganizationDocument.class), properties.demo().password());
				log.info("Loaded the demo city Handan (130400): {} units, {} users; their password is the demo password",
						n[0], n[1]);
			}
		}
		ensureAdmin();
	}

	private void ensureAdmin() {
		boolean exists = jdbc.sql("select count(*) from staff_user where username = 'admin'").query(Integer.class).single() > 0;
		if (exists) {
			return;
		}
		String rootCode = organization.root().map(u -> u.code()).orElse(null);
		List<UnitEntry> units = List.of();
		if (rootCode == null) {
			rootCode = "CENTRE";
			units = List.of(new UnitEntry(rootCode, "12315投诉举报中心", "CENTRE", null, null, List.of()));
		}
		String password = properties.adminPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		importer.load(new OrganizationDocument(units,
				List.of(new UserEntry("admin", "系统管理员", rootCode, List.of("ADMIN"), password))), null);
		if (generated) {
			log.warn("Created user 'admin' with generated password: {}  (set REDSHIELD_ADMIN_PASSWORD to choose one; "
					+ "this is shown only once)", password);
		}
		else {
			log.info("Created user 'admin' with the password from REDSHIELD_ADMIN_PASSWORD");
		}
	}
}
