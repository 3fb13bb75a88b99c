package org.redshield.regions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Finds the division free address text names; the rule is documented on {@link Divisions#resolveAddress(String)}.
 */
final class AddressResolver {

	/** Suffixes a stem is cut from, longest first; the first that leaves at least two characters wins. */
	private static final List<String> SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "特区",
			"省", "市", "区", "县", "盟", "旗");

	/** Ethnic groups as they appear before 族 in autonomous divisions' names (including 各族). */
	private static final List<String> ETHNIC_GROUPS = List.of("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满",
			"侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
			"柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
			"俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各");

	/** Words that, right after a stem, make it a street or township name rather than the division. */
	private static final List<String> STREET_WORDS = List.of("路", "街", "道", "巷", "弄", "胡同", "大街", "大道", "大路", "镇", "乡",
			"村");

	private static final Comparator<Division> BY_CODE = Comparator.comparing(Division::code);

	private static final int MIN_NAME_LENGTH = 2;

	/** Full names and autonomous divisions' short forms: always names. */
	private final Map<String, List<Division>> names = new HashMap<>();

	/** Stems of provinces and prefectures: names unless followed by a street word. */
	private final Map<String, List<Division>> stems = new HashMap<>();

	/** Stems of counties: names only right after a name of an enclosing division, and not before a street word. */
	private final Map<String, List<Division>> countyStems = new HashMap<>();

	private final int longestName;

	private final BiPredicate<String, String> within;

	/**
	 * @param divisions every division
	 * @param within whether the first code lies within (or is) the second
	 */
	AddressResolver(Collection<Division> divisions, BiPredicate<String, String> within) {
		this.within = within;
		Set<String> fullNames = new HashSet<>();
		for (Division division : divisions) {
			fullNames.add(division.name());
			add(names, division.name(), division);
		}
		for (Division division : divisions) {
			String stem = stem(division.name());
			if (stem == null) {
				continue;
			}
			String shortForm = shortForm(division.name(), stem);
			if (shortForm != null && !fullNames.contains(shortForm)) {
				add(names, shortForm, division);
			}
			add(division.level() == DivisionLevel.COUNTY ? countyStems : stems, stem, division);
		}
		this.longestName = Stream.of(names, stems, countyStems)
			.flatMap(map -> map.keySet().stream())
			.mapToInt(String::length)
			.max()
			.orElse(0);
	}

	Optional<Division> resolve(String addressText) {
		if (addressText == null) {
			return Optional.empty();
		}
		String text = withoutWhitespace(addressText);
		List<Set<Division>> mentions = new ArrayList<>();
		Set<Division> previous = Set.of();
		int previousEnd = -1;
		int position = 0;
		while (position < text.length()) {
			Set<Division> named = Set.of();
			int length = Math.min(longestName, text.length() - position);
			for (; length >= MIN_NAME_LENGTH; length--) {
				named = namedAt(text, position, length, previousEnd == position ? previous : Set.of());
				if (!named.isEmpty()) {
					break;
				}
			}
			if (named.isEmpty()) {
				position++;
				continue;
			}
			mentions.add(named);
			previous = named;
			position += length;
			previousEnd = position;
			if (named.stream().allMatch(division -> division.level() == DivisionLevel.COUNTY)) {
				break;
			}
		}
		return choose(mentions);
	}

	/** The divisions the text between {@code start} and {@code start + length} names, ordered by code. */
	private Set<Division> namedAt(String text, int start, int length, Set<Division> justNamed) {
		String candidate = text.substring(start, start + length);
		Set<Division> named = new TreeSet<>(BY_CODE);
		named.addAll(names.getOrDefault(candidate, List.of()));
		if (!beforeStreetWord(text, start + length)) {
			named.addAll(stems.getOrDefault(candidate, List.of()));
			for (Division county : countyStems.getOrDefault(candidate, List.of())) {
				if (justNamed.stream().anyMatch(enclosing -> within.test(county.code(), enclosing.code()))) {
					named.add(county);
				}
			}
		}
		return named;
	}

	private Optional<Division> choose(List<Set<Division>> mentions) {
		Set<Division> candidates = new TreeSet<>(BY_CODE);
		mentions.forEach(candidates::addAll);
		List<Division> best = new ArrayList<>();
		int bestSupport = 0;
		for (Division candidate : candidates) {
			int support = 0;
			for (Set<Division> mention : mentions) {
				if (mention.stream().anyMatch(named -> within.test(candidate.code(), named.code()))) {
					support++;
				}
			}
			if (support > bestSupport) {
				best.clear();
				bestSupport = support;
			}
			if (support == bestSupport) {
				best.add(candidate);
			}
		}
		// A tie within one line of descent (吉林 = 吉林省 or 吉林市) still names the division containing the others.
		return best.stream()
			.filter(top -> best.stream().allMatch(other -> within.test(other.code(), top.code())))
			.findFirst();
	}

	/**
	 * The name without its suffix (and, for autonomous divisions, without the ethnic groups before 自治), or {@code null}
	 * if that would leave fewer than two characters: 邯郸市 → 邯郸, 广西壮族自治区 → 广西, 新疆维吾尔自治区 → 新疆, 恩施土家族苗族自治州 →
	 * 恩施, 清新区 → 清新, 城区 → null.
	 */
	static String stem(String name) {
		for (String suffix : SUFFIXES) {
			if (!name.endsWith(suffix)) {
				continue;
			}
			String base = name.substring(0, name.length() - suffix.length());
			if (suffix.startsWith("自治")) {
				base = withoutEthnicGroups(base);
				return base.length() >= MIN_NAME_LENGTH ? base : null;
			}
			if (base.length() >= MIN_NAME_LENGTH) {
				return base;
			}
		}
		return null;
	}

	/** The customary short form of an autonomous prefecture, county or banner: 恩施州, 大厂县, 莫力达瓦旗. */
	private static String shortForm(String name, String stem) {
		for (String suffix : List.of("自治州", "自治县", "自治旗")) {
			if (name.endsWith(suffix)) {
				return stem + suffix.substring(2);
			}
		}
		return null;
	}

	private static String withoutEthnicGroups(String base) {
		boolean stripped = true;
		while (stripped) {
			stripped = false;
			for (String group : ETHNIC_GROUPS) {
				if (base.endsWith(group + "族")) {
					base = base.substring(0, base.length() - group.length() - 1);
					stripped = true;
					break;
				}
			}
		}
		// Some names omit 族: 新疆维吾尔自治区, 巴音郭楞蒙古自治州; but keep 内蒙古 and 鄂伦春 whole.
		for (String group : ETHNIC_GROUPS) {
			if (group.length() >= 2 && base.endsWith(group) && base.length() - group.length() >= MIN_NAME_LENGTH) {
				return base.substring(0, base.length() - group.length());
			}
		}
		return base;
	}

	/** Whether a street word begins at {@code position} that does not also begin a name (镇江, 路北区, 乡宁县). */
	private boolean beforeStreetWord(String text, int position) {
		return STREET_WORDS.stream().anyMatch(word -> text.startsWith(word, position)) && !nameBeginsAt(text, position);
	}

	private boolean nameBeginsAt(String text, int position) {
		int length = Math.min(longestName, text.length() - position);
		for (; length >= MIN_NAME_LENGTH; length--) {
			String candidate = text.substring(position, position + length);
			if (names.containsKey(candidate) || stems.containsKey(candidate)) {
				return true;
			}
		}
		return false;
	}

	private static String withoutWhitespace(String text) {
		StringBuilder result = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.forEach(result::appendCodePoint);
		return result.toString();
	}

	private static void add(Map<String, List<Division>> map, String key, Division division) {
		map.computeIfAbsent(key, k -> new ArrayList<>()).add(division);
	}
}
