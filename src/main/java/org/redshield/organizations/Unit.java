package org.redshield.organizations;

import java.util.List;

/**
 * One unit of the network (机构) as the other modules see it.
 *
 * @param code stable unit code, e.g. {@code HD130403}
 * @param name display name in Chinese
 * @param kind what the unit is
 * @param parentCode the unit above it, null for the root
 * @param divisionCode the GB/T 2260 division the unit sits in
 * @param jurisdiction the GB/T 2260 division codes it covers (管辖区域)
 * @param path materialised path of unit codes from the root, e.g. {@code /HD12315/HD130403/}
 */
public record Unit(String code, String name, UnitKind kind, String parentCode, String divisionCode,
		List<String> jurisdiction, String path) {

	/** Whether {@code other} is this unit or one of the units below it. */
	public boolean contains(Unit other) {
		return other != null && other.path.startsWith(path);
	}
}
