package org.redshield.regions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The GB/T 2260 administrative divisions (34 province-level, 333 prefecture-level, 2,846 county-level), loaded once
 * from the classpath resource {@value #RESOURCE}, which ships the whole country: a complaint may name a place anywhere
 * in China, if only to be transferred out.
 * <p>
 * The hierarchy follows the rows that exist: a division's parent is its prefecture row if present, else its province
 * row. So the districts of 北京市 (1101xx) and 省直辖县级行政区划 such as 济源市 (419001) are children of their province.
 * <p>
 * Every lookup takes a code as a string and treats {@code null}, malformed and unknown codes alike: not found. Instances
 * are immutable and thread-safe. Outside Spring (e.g. in unit tests) use {@link #fromClasspath()}.
 */
@Component
public class Divisions {

	/** Classpath location of the {@code code name} list. */
	public static final String RESOURCE = "regions/gbt2260-2024.txt";

	private final List<Division> all;

	private final Map<String, Division> byCode;

	private final Map<String, Division> parents;

	private final Map<String, List<Division>> children;

	private final AddressResolver addressResolver;

	/** Loads {@link #RESOURCE}; the constructor Spring uses. */
	Divisions() {
		this(DivisionList.fromClasspath(RESOURCE));
	}

	Divisions(List<Division> divisions) {
		this.all = List.copyOf(divisions);
		Map<String, Division> codes = new LinkedHashMap<>();
		for (Division division : this.all) {
			if (codes.put(division.code(), division) != null) {
				throw new IllegalArgumentException("Duplicate division code " + division.code());
			}
		}
		this.byCode = Collections.unmodifiableMap(codes);
		Map<String, Division> parentOf = new HashMap<>();
		Map<String, List<Division>> childrenOf = new HashMap<>();
		for (Division division : this.all) {
			Division parent = nearestExistingAncestor(division);
			if (parent != null) {
				parentOf.put(division.code(), parent);
				childrenOf.computeIfAbsent(parent.code(), code -> new ArrayList<>()).add(division);
			}
		}
		childrenOf.replaceAll((code, list) -> {
			list.sort((a, b) -> a.code().compareTo(b.code()));
			return List.copyOf(list);
		});
		this.parents = parentOf;
		this.children = childrenOf;
		this.addressResolver = new AddressResolver(this.all, this::isWithin);
	}

	/** The divisions in the bundled list {@link #RESOURCE}, without Spring. */
	public static Divisions fromClasspath() {
		return new Divisions();
	}

	/** Every division, ordered by code. */
	public List<Division> all() {
		return all;
	}

	public Optional<Division> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	public boolean exists(String code) {
		return code != null && byCode.containsKey(code);
	}

	/**
	 * The divisions directly under {@code code}, ordered by code: a province's prefectures plus any county-level
	 * divisions it administers directly (e.g. all districts of 北京市); a prefecture's counties; nothing for a county or
	 * an unknown code.
	 */
	public List<Division> children(String code) {
		return code == null ? List.of() : children.getOrDefault(code, List.of());
	}

	/**
	 * Whether {@code code} lies within {@code ancestorCode}: both exist and {@code ancestorCode} is {@code code} itself or
	 * one of its ancestors.
	 */
	public boolean isWithin(String code, String ancestorCode) {
		if (!exists(code) || !exists(ancestorCode)) {
			return false;
		}
		for (Division current = byCode.get(code); current != null; current = parents.get(current.code())) {
			if (current.code().equals(ancestorCode)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The existing ancestors of {@code code}, nearest first: e.g. [邯郸市, 河北省] for 130403, [北京市] for 110105; empty
	 * for a province or an unknown code.
	 */
	public List<Division> ancestorsOf(String code) {
		if (!exists(code)) {
			return List.of();
		}
		List<Division> ancestors = new ArrayList<>(2);
		for (Division parent = parents.get(code); parent != null; parent = parents.get(parent.code())) {
			ancestors.add(parent);
		}
		return List.copyOf(ancestors);
	}

	/**
	 * The most specific division that free address text names unambiguously, e.g. 130403 for
	 * "河北省邯郸市丛台区中华北大街1号", 130400 for "邯郸市", 110105 for "北京市朝阳区" but nothing for "朝阳区" alone (110105
	 * and 220104 both bear that name).
	 * <p>
	 * The rule, applied to the text with all whitespace removed:
	 * <ol>
	 * <li><b>Names.</b> Every division is known by its full name ("丛台区", "武安市", "内蒙古自治区"), and an autonomous
	 * prefecture, county or banner also by its short form ("恩施州", "大厂县"). Provinces and prefectures are also known
	 * by their stem: the name without its suffix (省, 市, 自治区 and its ethnic names, 特别行政区, 地区, 盟, 自治州 and its
	 * ethnic names), e.g. "河北", "邯郸", "广西", "恩施". A county's stem ("丛台", "朝阳") counts only directly after a
	 * name of a division containing it ("北京朝阳"). Stems shorter than two characters are never used, and a stem
	 * directly followed by 路, 街, 道, 巷, 弄, 胡同, 大街, 大道, 大路, 镇, 乡 or 村 is a street or township, not the
	 * division ("中山路", "城关镇").</li>
	 * <li><b>Scan.</b> From the start, at each position take the longest name beginning there (it names every division
	 * bearing it) and continue after it; where none begins, move on one character. Addresses run from province down, so
	 * the scan stops after the first name that only county-level divisions bear: what follows is the street part.</li>
	 * <li><b>Choose.</b> A division named by the scan is supported by each name that names it or one of its ancestors.
	 * The answer is the division with the most support if exactly one has it, or, if several tie and one of them contains
	 * all the others, that one ("吉林" names 吉林省 or 吉林市, so 吉林省). Otherwise (nothing named, or a tie across
	 * lines of descent such as "朝阳区" alone, "海南" or "北京市邯郸市") there is no answer.</li>
	 * </ol>
	 */
	public Optional<Division> resolveAddress(String addressText) {
		return addressResolver.resolve(addressText);
	}

	private Division nearestExistingAncestor(Division division) {
		return switch (division.level()) {
			case PROVINCE -> null;
			case PREFECTURE -> byCode.get(division.provinceCode());
			case COUNTY -> {
				Division prefecture = byCode.get(division.prefectureCode());
				yield prefecture != null ? prefecture : byCode.get(division.provinceCode());
			}
		};
	}
}
