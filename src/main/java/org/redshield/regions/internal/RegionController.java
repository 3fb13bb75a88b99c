package org.redshield.regions.internal;

import java.util.List;

import org.redshield.regions.Division;
import org.redshield.regions.DivisionLevel;
import org.redshield.regions.Divisions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only lookup of GB/T 2260 divisions: by code, or by the division an address names.
 */
@RestController
@RequestMapping("/api/v1/regions")
class RegionController {

	private final Divisions divisions;

	RegionController(Divisions divisions) {
		this.divisions = divisions;
	}

	/** {@code GET /api/v1/regions/{code}}: the division and its direct children; 404 if the code is unknown. */
	@GetMapping("/{code}")
	RegionResponse byCode(@PathVariable String code) {
		Division division = divisions.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown division code"));
		return response(division);
	}

	/**
	 * {@code GET /api/v1/regions?address=...}: the most specific division the address names unambiguously (see
	 * {@link Divisions#resolveAddress(String)}); 404 if it names none.
	 */
	@GetMapping
	RegionResponse byAddress(@RequestParam String address) {
		Division division = divisions.resolveAddress(address)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The address names no division unambiguously"));
		return response(division);
	}

	private RegionResponse response(Division division) {
		List<ChildResponse> children = divisions.children(division.code())
			.stream()
			.map(child -> new ChildResponse(child.code(), child.name()))
			.toList();
		return new RegionResponse(division.code(), division.name(), division.level(), division.fullName(), children);
	}

	record RegionResponse(String code, String name, DivisionLevel level, String fullName, List<ChildResponse> children) {
	}

	record ChildResponse(String code, String name) {
	}
}
