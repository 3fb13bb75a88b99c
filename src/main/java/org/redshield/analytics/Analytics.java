package org.redshield.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.redshield.analytics.Figures.Bucket;
import org.redshield.analytics.Figures.Change;
import org.redshield.analytics.Figures.Changes;
import org.redshield.analytics.Figures.TrendPoint;
import org.redshield.analytics.Figures.UnitRef;
import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.categories.Categories;
import org.redshield.categories.Category;
import org.redshield.organizations.Organization;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;
import org.redshield.regions.Division;
import org.redshield.regions.Divisions;
import org.redshield.shared.ChinaTime;
import org.redshield.shared.InvalidRequestException;
import org.redshield.shared.NotFoundException;
import org.redshield.shared.PhoneNumber;

/**
 * The figures, top lists and drill-down lists, always within the caller's data scope: a user sees the figures of its
 * own unit's subtree, and a unit outside it does not exist for the caller (404), as with cases.
 * <p>
 * Attribution: a case counts once, under its <em>current</em> handling unit ({@code cases.handling_unit_code}); a
 * case rerouted, assigned or returned counts only where it is now, in every period, so figures of past periods move
 * when cases move. Its region is the respondent's division, else the competent division; its category and issue are
 * the current ones (a recategorised case counts under its new keys only). Cases handled by no unit (awaiting transfer
 * out) count only at the root. Cases delegated to the consumer association count under the handling bureau, not the
 * association.
 * <p>
 * Every query filters on {@code received_at} between two instants (the receipt dates' midnights in Asia/Shanghai),
 * which the index {@code cases_received_idx} serves; {@code received_on} is the same date stored, used for grouping.
 * At national scale the figures would come from a daily rollup by unit, type, channel, category, issue and region
 * (refreshed from {@code CaseMoved} events), the drill-down lists from an index on {@code (handling_unit_code,
 * received_at)}.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

	/** Up to this many days the trend is per day; beyond, per month. */
	static final int DAILY_TREND_DAYS = 92;

	/** How many hot industries the top lists break down by respondent. */
	static final int HOT_INDUSTRIES = 5;

	static final String REGION = "coalesce(c.respondent_division_code, c.competent_division_code)";

	/** Respondents are grouped by their registered name, spaces around it removed. */
	static final String RESPONDENT = "nullif(btrim(c.respondent_name), '')";

	static final String OUTSIDE = "OUTSIDE";

	private final JdbcClient jdbc;

	private final Organization organization;

	private final Divisions divisions;

	private final Categories categories;

	private final Clock clock;

	Analytics(JdbcClient jdbc, Organization organization, Divisions divisions, Categories categories, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.divisions = divisions;
		this.categories = categories;
		this.clock = clock;
	}

	/** Today in Asia/Shanghai: the default end of a range, and the day acceptance limits are judged on. */
	public LocalDate today() {
		return ChinaTime.dateOf(clock.instant());
	}

	/** The unit a filter names within the user's scope (the user's own unit when it names none), or 404. */
	public Unit unit(StaffUser user, String code) {
		String wanted = code == null ? user.unitCode() : code;
		return organization.find(wanted)
			.filter(u -> user.sees(u.path()))
			.orElseThrow(() -> new NotFoundException("No unit " + wanted + " in your data scope"));
	}

	/** The units a user may choose from: its own and every unit below it, in tree order. */
	public List<Unit> units(StaffUser user) {
		return organization.subtree(user.unitCode()).stream().sorted(Comparator.comparing(Unit::path)).toList();
	}

	public Figures figures(StaffUser user, Filter filter) {
		Unit unit = unit(user, filter.unit());
		Sql where = where(unit, filter);
		Totals now = totals(where);
		Map<String, Map<String, Long>> groups = groups(where);

		Map<String, Long> byType = new LinkedHashMap<>();
		Arrays.stream(CaseType.values()).forEach(t -> byType.put(t.name(), groups.get("type").getOrDefault(t.name(), 0L)));
		Map<String, Long> byChannel = new LinkedHashMap<>();
		Arrays.stream(Channel.values())
			.forEach(c -> byChannel.put(c.name(), groups.get("channel").getOrDefault(c.name(), 0L)));

		Filter previousPeriod = filter.previousPeriod();
		Filter previousYear = filter.previousYear();
		Totals before = totals(where(unit, previousPeriod));
		Totals yearBefore = totals(where(unit, previousYear));
		Map<String, Change> changes = new LinkedHashMap<>();
		for (Measure m : List.of(Measure.RECEIVED, Measure.ACCEPTED, Measure.REFUSED, Measure.MEDIATED, Measure.CLOSED,
				Measure.LINKAGE)) {
			changes.put(m.jsonName(), change(BigDecimal.valueOf(now.count(m)), BigDecimal.valueOf(before.count(m)),
					BigDecimal.valueOf(yearBefore.count(m))));
		}
		changes.put("recoveredAmount", change(now.recovered(), before.recovered(), yearBefore.recovered()));

		boolean daily = ChronoUnit.DAYS.between(filter.from(), filter.to()) < DAILY_TREND_DAYS;
		return new Figures(filter.from(), filter.to(), ref(unit), now.count(Measure.RECEIVED), byType, byChannel,
				now.count(Measure.ACCEPTED), now.count(Measure.REFUSED), now.count(Measure.MEDIATED),
				now.count(Measure.CLOSED), now.count(Measure.CLOSED_ON_TIME), now.count(Measure.LINKAGE),
				now.count(Measure.RECOVERED), now.recovered(), now.count(Measure.ACCEPTANCE_DUE), now.count(Measure.ACCEPTED_ON_TIME),
				now.count(Measure.ACCEPTED_LATE), rate(now.count(Measure.ACCEPTED_ON_TIME), now.count(Measure.ACCEPTANCE_DUE)),
				rate(now.count(Measure.CLOSED_ON_TIME), now.count(Measure.CLOSED)), null,
				categoryBuckets(groups.get("category"), now.count(Measure.RECEIVED)),
				categoryBuckets(groups.get("issue"), now.count(Measure.RECEIVED)),
				regionBuckets(unit, groups.get("region"), now.count(Measure.RECEIVED)),
				unitBuckets(unit, groups.get("unit"), now.count(Measure.RECEIVED)),
				respondents(where, now.count(Measure.RECEIVED), 10), daily ? "DAY" : "MONTH",
				trend(unit, filter, daily), new Changes(previousPeriod.from(), previousPeriod.to(), previousYear.from(),
						previousYear.to(), changes));
	}

	/** The respondents with most items matching the filter, with their share of those items. */
	public List<RespondentCount> topRespondents(StaffUser user, Filter filter, int limit) {
		Unit unit = unit(user, filter.unit());
		Sql where = where(unit, filter);
		return respondents(where, totals(where).count(Measure.RECEIVED), checkLimit(limit));
	}

	/** Top categories and issues with growth, and the top respondents overall and in each hot industry. */
	public TopLists topLists(StaffUser user, Filter filter, int limit) {
		int n = checkLimit(limit);
		Unit unit = unit(user, filter.unit());
		Sql where = where(unit, filter);
		long received = totals(where).count(Measure.RECEIVED);
		Map<String, Map<String, Long>> now = groups(where);
		Map<String, Map<String, Long>> yearBefore = groups(where(unit, filter.previousYear()));
		Map<String, Map<String, Long>> before = groups(where(unit, filter.previousPeriod()));
		List<TopLists.Growth> topCategories = growth(now.get("category"), yearBefore.get("category"),
				before.get("category"), received, n);
		List<TopLists.Growth> topIssues = growth(now.get("issue"), yearBefore.get("issue"), before.get("issue"), received,
				n);
		List<TopLists.Industry> industries = topCategories.stream().limit(HOT_INDUSTRIES).map(g -> {
			Sql industry = where(unit, filter.withCategory(g.key()));
			return new TopLists.Industry(g.key(), g.name(), g.nameEn(), g.count(), respondents(industry, g.count(), n));
		}).toList();
		return new TopLists(filter.from(), filter.to(), ref(unit), topCategories, topIssues,
				respondents(where, received, n), industries);
	}

	/** The cases a figure counts, newest first, personal data masked. */
	public CaseList cases(StaffUser user, Filter filter, Measure measure, int limit, int offset) {
		Unit unit = unit(user, filter.unit());
		Sql where = where(unit, filter).and(measure.predicate());
		long total = jdbc.sql("select count(*) from cases c" + where.sql).params(where.params).query(Long.class).single();
		int l = Math.min(Math.max(limit, 1), 500);
		int o = Math.max(offset, 0);
		List<CaseList.Row> rows = jdbc.sql("""
				select c.number, c.type, c.channel, c.status, c.received_at, c.complainant_name, c.complainant_phone,
				       c.respondent_name, c.handling_unit_code, c.category_key, c.issue_key, c.recovered_amount
				from cases c""" + where.sql + " order by c.received_at desc, c.number limit :limit offset :offset")
			.params(where.params)
			.param("limit", l)
			.param("offset", o)
			.query((rs, i) -> row(rs))
			.list();
		return new CaseList(total, l, o, rows);
	}

	private CaseList.Row row(ResultSet rs) throws SQLException {
		String unitCode = rs.getString("handling_unit_code");
		String category = rs.getString("category_key");
		String issue = rs.getString("issue_key");
		return new CaseList.Row(rs.getString("number"), rs.getString("type"), rs.getString("channel"),
				rs.getString("status"),
				rs.getTimestamp("received_at").toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime(),
				maskName(rs.getString("complainant_name")), PhoneNumber.mask(rs.getString("complainant_phone")),
				rs.getString("respondent_name"), unitCode, organization.find(unitCode).map(Unit::name).orElse(null),
				category, categories.find(category).map(Category::nameZh).orElse(null), issue,
				categories.find(issue).map(Category::nameZh).orElse(null), rs.getBigDecimal("recovered_amount"));
	}

	/** 王小明 becomes 王**: the family name only. */
	static String maskName(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
	}

	// ---------------------------------------------------------------------------------------------------------------

	/** A WHERE clause on {@code cases c} and its named parameters. */
	static final class Sql {

		final StringBuilder sql = new StringBuilder();

		final Map<String, Object> params = new HashMap<>();

		Sql and(String condition) {
			sql.append(sql.length() == 0 ? " where " : " and ").append(condition);
			return this;
		}

		Sql param(String name, Object value) {
			params.put(name, value);
			return this;
		}

		@Override
		public String toString() {
			return sql.toString();
		}
	}

	/** Items received in the filter's dates within the unit's subtree, narrowed by the filter. */
	Sql where(Unit unit, Filter f) {
		Sql w = new Sql();
		OffsetDateTime start = f.from().atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
		OffsetDateTime end = f.to().plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
		w.and("c.received_at >= :start and c.received_at < :end").param("start", start).param("end", end);
		w.param("today", today());
		if (!isRoot(unit)) {
			w.and("c.handling_unit_code = any(:units)")
				.param("units", organization.subtree(unit.code()).stream().map(Unit::code).toArray(String[]::new));
		}
		if (f.type() != null) {
			w.and("c.type = :type").param("type", f.type().name());
		}
		if (f.channel() != null) {
			w.and("c.channel = :channel").param("channel", f.channel().name());
		}
		if (f.category() != null) {
			keyCondition(w, "c.category_key", "category", f.category());
		}
		if (f.issue() != null) {
			keyCondition(w, "c.issue_key", "issue", f.issue());
		}
		if (f.region() != null) {
			regionCondition(w, f.region());
		}
		if (f.respondent() != null) {
			w.and(RESPONDENT + " = :respondent").param("respondent", f.respondent());
		}
		return w;
	}

	private void keyCondition(Sql w, String column, String field, String key) {
		if (Filter.NONE.equals(key)) {
			w.and(column + " is null");
			return;
		}
		if (categories.find(key).isEmpty()) {
			throw new InvalidRequestException(field, "not a key of the codebook");
		}
		w.and(column + " = :" + field).param(field, key);
	}

	/** A division and everything within it: a county by its code, a prefecture or province by the code's prefix. */
	private void regionCondition(Sql w, String region) {
		if (Filter.NONE.equals(region)) {
			w.and(REGION + " is null");
			return;
		}
		Division d = divisions.find(region)
			.orElseThrow(() -> new InvalidRequestException("region", "not a division code of GB/T 2260"));
		switch (d.level()) {
			case COUNTY -> w.and(REGION + " = :region").param("region", region);
			case PREFECTURE -> w.and("left(" + REGION + ", 4) = :region").param("region", region.substring(0, 4));
			case PROVINCE -> w.and("left(" + REGION + ", 2) = :region").param("region", region.substring(0, 2));
		}
	}

	private boolean isRoot(Unit unit) {
		return unit.parentCode() == null;
	}

	/** Every measure in one pass over the matching rows. */
	private Totals totals(Sql where) {
		StringBuilder select = new StringBuilder("select ");
		for (Measure m : Measure.values()) {
			select.append("count(*) filter (where ").append(m.predicate()).append(") as ").append(m.name()).append(", ");
		}
		select.append("coalesce(sum(c.recovered_amount), 0) as recovered_sum from cases c").append(where.sql);
		return jdbc.sql(select.toString()).params(where.params).query((rs, i) -> {
			Map<Measure, Long> counts = new EnumMap<>(Measure.class);
			for (Measure m : Measure.values()) {
				counts.put(m, rs.getLong(m.name()));
			}
			return new Totals(counts, rs.getBigDecimal("recovered_sum").setScale(2, RoundingMode.UNNECESSARY));
		}).single();
	}

	record Totals(Map<Measure, Long> counts, BigDecimal recovered) {

		long count(Measure m) {
			return counts.getOrDefault(m, 0L);
		}
	}

	/**
	 * Counts by type, channel, category, issue, handling unit and region in one scan (grouping sets); a null key is an
	 * item without that attribute.
	 */
	private Map<String, Map<String, Long>> groups(Sql where) {
		Map<String, Map<String, Long>> groups = new HashMap<>();
		List.of("type", "channel", "category", "issue", "unit", "region").forEach(g -> groups.put(g, new HashMap<>()));
		jdbc.sql("""
				select grouping(type) gt, grouping(channel) gc, grouping(category) gk, grouping(issue) gi,
				       grouping(unit) gu, type, channel, category, issue, unit, region, count(*) n
				from (select c.type, c.channel, c.category_key category, c.issue_key issue, c.handling_unit_code unit,
				             %s region
				      from cases c%s) x
				group by grouping sets ((type), (channel), (category), (issue), (unit), (region))
				""".formatted(REGION, where.sql)).params(where.params).query(rs -> {
			String group = rs.getInt("gt") == 0 ? "type"
					: rs.getInt("gc") == 0 ? "channel"
							: rs.getInt("gk") == 0 ? "category"
									: rs.getInt("gi") == 0 ? "issue" : rs.getInt("gu") == 0 ? "unit" : "region";
			groups.get(group).put(rs.getString(group), rs.getLong("n"));
		});
		return groups;
	}

	private List<RespondentCount> respondents(Sql where, long total, int limit) {
		return jdbc.sql("select " + RESPONDENT + " respondent, count(*) n from cases c" + where.sql + " and " + RESPONDENT
				+ " is not null group by 1 order by n desc, respondent limit :limit")
			.params(where.params)
			.param("limit", limit)
			.query((rs, i) -> new RespondentCount(rs.getString("respondent"), rs.getLong("n"),
					share(rs.getLong("n"), total)))
			.list();
	}

	private List<TrendPoint> trend(Unit unit, Filter filter, boolean daily) {
		String step = daily ? "day" : "month";
		Map<LocalDate, long[]> points = new LinkedHashMap<>();
		LocalDate first = daily ? filter.from() : filter.from().withDayOfMonth(1);
		for (LocalDate d = first; !d.isAfter(filter.to()); d = daily ? d.plusDays(1) : d.plusMonths(1)) {
			points.put(d, new long[3]);
		}
		String sql = "select date_trunc('" + step + "', c.received_on::timestamp)::date as period, count(*) n, "
				+ "count(*) filter (where " + Measure.CLOSED.predicate() + ") closed from cases c%s group by 1";
		Sql now = where(unit, filter);
		jdbc.sql(sql.formatted(now.sql)).params(now.params).query(rs -> {
			long[] p = points.get(rs.getObject("period", LocalDate.class));
			if (p != null) {
				p[0] = rs.getLong("n");
				p[1] = rs.getLong("closed");
			}
		});
		Filter yearBefore = filter.during(filter.from().minusYears(1), filter.to().minusYears(1));
		Sql then = where(unit, yearBefore);
		jdbc.sql(sql.formatted(then.sql)).params(then.params).query(rs -> {
			LocalDate period = rs.getObject("period", LocalDate.class).plusYears(1);
			long[] p = points.get(daily ? period : period.withDayOfMonth(1));
			if (p != null) {
				p[2] += rs.getLong("n");
			}
		});
		return points.entrySet().stream().map(e -> new TrendPoint(e.getKey(), e.getValue()[0], e.getValue()[1],
				e.getValue()[2])).toList();
	}

	private List<Bucket> categoryBuckets(Map<String, Long> counts, long total) {
		return counts.entrySet()
			.stream()
			.map(e -> {
				Optional<Category> c = categories.find(e.getKey());
				return new Bucket(e.getKey(), c.map(Category::nameZh).orElse(null), c.map(Category::nameEn).orElse(null),
						e.getValue(), share(e.getValue(), total));
			})
			.sorted(BY_COUNT)
			.toList();
	}

	/** Each count under the division directly below the unit's division that contains it. */
	private List<Bucket> regionBuckets(Unit unit, Map<String, Long> counts, long total) {
		String base = unit.divisionCode();
		Map<String, Long> rolled = new HashMap<>();
		counts.forEach((code, n) -> rolled.merge(regionBucket(base, code == null ? null : code.strip()), n, Long::sum));
		return rolled.entrySet().stream().map(e -> {
			String key = e.getKey();
			String name = key == null || OUTSIDE.equals(key) ? null
					: divisions.find(key).map(Division::name).orElse(key);
			return new Bucket(key, name, null, e.getValue(), share(e.getValue(), total));
		}).sorted(BY_COUNT).toList();
	}

	String regionBucket(String base, String code) {
		if (code == null) {
			return null;
		}
		if (code.equals(base)) {
			return base;
		}
		List<String> chain = new ArrayList<>();
		chain.add(code);
		divisions.ancestorsOf(code).forEach(d -> chain.add(d.code()));
		int at = chain.indexOf(base);
		return at > 0 ? chain.get(at - 1) : OUTSIDE;
	}

	/** Each count under the unit itself or the unit directly below it whose subtree holds the handling unit. */
	private List<Bucket> unitBuckets(Unit unit, Map<String, Long> counts, long total) {
		List<Unit> children = organization.all().stream().filter(u -> unit.code().equals(u.parentCode())).toList();
		Map<String, Long> rolled = new HashMap<>();
		counts.forEach((code, n) -> {
			Unit handling = code == null ? null : organization.find(code).orElse(null);
			String key = handling == null ? null
					: children.stream().filter(ch -> ch.contains(handling)).map(Unit::code).findFirst().orElse(unit.code());
			rolled.merge(key, n, Long::sum);
		});
		return rolled.entrySet()
			.stream()
			.map(e -> new Bucket(e.getKey(),
					e.getKey() == null ? null : organization.find(e.getKey()).map(Unit::name).orElse(e.getKey()), null,
					e.getValue(), share(e.getValue(), total)))
			.sorted(BY_COUNT)
			.toList();
	}

	private List<TopLists.Growth> growth(Map<String, Long> now, Map<String, Long> yearBefore, Map<String, Long> before,
			long total, int limit) {
		return now.entrySet()
			.stream()
			.filter(e -> e.getKey() != null)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(e -> {
				Optional<Category> c = categories.find(e.getKey());
				long y = yearBefore.getOrDefault(e.getKey(), 0L);
				long p = before.getOrDefault(e.getKey(), 0L);
				return new TopLists.Growth(e.getKey(), c.map(Category::nameZh).orElse(null),
						c.map(Category::nameEn).orElse(null), e.getValue(), share(e.getValue(), total), y,
						relative(BigDecimal.valueOf(e.getValue()), BigDecimal.valueOf(y)), p,
						relative(BigDecimal.valueOf(e.getValue()), BigDecimal.valueOf(p)));
			})
			.toList();
	}

	private static final Comparator<Bucket> BY_COUNT = Comparator.comparingLong(Bucket::count)
		.reversed()
		.thenComparing(Bucket::key, Comparator.nullsLast(Comparator.naturalOrder()));

	private static Change change(BigDecimal now, BigDecimal before, BigDecimal yearBefore) {
		return new Change(now, before, relative(now, before), yearBefore, relative(now, yearBefore));
	}

	/** (now - then) / then, four decimals; null when there is nothing to compare with. */
	static Double relative(BigDecimal now, BigDecimal then) {
		if (then.signum() == 0) {
			return null;
		}
		return now.subtract(then).divide(then, 4, RoundingMode.HALF_UP).doubleValue();
	}

	static Double rate(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
			.doubleValue();
	}

	static double share(long part, long whole) {
		return whole == 0 ? 0 : Objects.requireNonNull(rate(part, whole));
	}

	private static int checkLimit(int limit) {
		if (limit < 1 || limit > 100) {
			throw new InvalidRequestException("limit", "must be between 1 and 100");
		}
		return limit;
	}

	private static UnitRef ref(Unit unit) {
		return new UnitRef(unit.code(), unit.name());
	}
}
