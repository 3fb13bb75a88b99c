package org.redshield.organizations.internal;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.redshield.organizations.Organization;
import org.redshield.organizations.OrganizationDocument;
import org.redshield.organizations.Unit;

/**
 * The unit tree: read by every staff member, loaded by an admin (a deployment's own network, as data).
 */
@RestController
class OrganizationController {

	private final Organization organization;

	private final OrganizationImport importer;

	OrganizationController(Organization organization, OrganizationImport importer) {
		this.organization = organization;
		this.importer = importer;
	}

	@GetMapping("/api/v1/units")
	List<Unit> units() {
		return organization.all();
	}

	@GetMapping("/api/v1/units/{code}")
	Unit unit(@PathVariable String code) {
		return organization.get(code);
	}

	/** Upserts units (parents first) and users; all or nothing; a new user needs a password. */
	@PostMapping("/api/v1/admin/organization")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Integer> load(@RequestBody OrganizationDocument document) {
		int[] n = importer.load(document, null);
		return Map.of("units", n[0], "users", n[1]);
	}
}
