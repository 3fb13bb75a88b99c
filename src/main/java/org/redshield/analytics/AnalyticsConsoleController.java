package org.redshield.analytics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.organizations.StaffUser;
import org.redshield.organizations.Unit;
import org.redshield.shared.Enums;
import org.redshield.shared.InvalidRequestException;

import tools.jackson.databind.json.JsonMapper;

/**
 * 统计分析 in the console: the dashboard of one period and subtree (figures with their changes, ECharts trend, bars
 * and a region tree, top lists), and the list of cases behind any figure or bar.
 */
@Controller
@PreAuthorize(AnalyticsController.STAFF)
class AnalyticsConsoleController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Analytics analytics;

	private final MessageSource messages;

	AnalyticsConsoleController(Analytics analytics, MessageSource messages) {
		this.analytics = analytics;
		this.messages = messages;
	}

	@GetMapping("/analytics")
	String dashboard(@AuthenticationPrincipal StaffUser user, FilterParams params, Model model) {
		Filter filter = filter(params, model);
		Figures figures = analytics.figures(user, filter);
		TopLists top = analytics.topLists(user, filter, 10);
		model.addAttribute("f", figures);
		model.addAttribute("top", top);
		model.addAttribute("filter", filter);
		model.addAttribute("units", analytics.units(user)
			.stream()
			.map(u -> new UnitOption(u.code(), u.name(), (int) u.path().chars().filter(ch -> ch == '/').count() - 2))
			.toList());
		model.addAttribute("types", CaseType.values());
		model.addAttribute("drill", drill(filter, figures.unit().code()));
		model.addAttribute("ranges", ranges(analytics.today()));
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("figures", figures);
		data.put("drill", drill(filter, figures.unit().code()));
		data.put("labels", labels());
		// Inside <script>: no "</script>" may appear in the JSON, so every "<" is escaped.
		model.addAttribute("data", JSON.writeValueAsString(data).replace("<", "\\u003c"));
		return "analytics/dashboard";
	}

	@GetMapping("/analytics/cases")
	String cases(@AuthenticationPrincipal StaffUser user, FilterParams params,
			@RequestParam(required = false) String measure, @RequestParam(defaultValue = "0") int offset,
			Model model) {
		Filter filter = filter(params, model);
		Measure m = Enums.find(Measure.class, measure).orElse(Measure.RECEIVED);
		Unit unit = analytics.unit(user, filter.unit());
		CaseList list = analytics.cases(user, filter, m, 50, offset);
		model.addAttribute("list", list);
		model.addAttribute("filter", filter);
		model.addAttribute("measure", m);
		model.addAttribute("unit", unit);
		String base = drill(filter, unit.code()) + "&measure=" + m.name();
		model.addAttribute("base", base);
		model.addAttribute("back", base.replace("/analytics/cases?", "/analytics?"));
		return "analytics/cases";
	}

	/** A unit of the filter's select, indented by its depth in the tree. */
	record UnitOption(String code, String name, int depth) {
	}

	/** The filter the page asks for, or the current month when it cannot be read (the problem shown on the page). */
	private Filter filter(FilterParams params, Model model) {
		try {
			return params.filter(analytics.today());
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("problem", messages.getMessage("analytics.bad-filter", null, locale()));
			model.addAttribute("problemDetails",
					ex.errors().stream().map(e -> e.field() + "：" + e.message()).toList());
			return new FilterParams(null, null, params.unit(), null, null, null, null, null, null)
				.filter(analytics.today());
		}
	}

	/** The list of cases behind a figure of this filter, to which a measure or another narrowing is appended. */
	static String drill(Filter f, String unitCode) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/analytics/cases")
			.queryParam("from", f.from())
			.queryParam("to", f.to())
			.queryParam("unit", unitCode);
		if (f.type() != null) {
			b.queryParam("type", f.type().name());
		}
		if (f.channel() != null) {
			b.queryParam("channel", f.channel().name());
		}
		if (f.category() != null) {
			b.queryParam("category", f.category());
		}
		if (f.issue() != null) {
			b.queryParam("issue", f.issue());
		}
		if (f.region() != null) {
			b.queryParam("region", f.region());
		}
		if (f.respondent() != null) {
			b.queryParam("respondent", f.respondent());
		}
		return b.encode().build().toUriString();
	}

	/** Quick ranges: this month, last month, this year, the last 30 days. */
	static Map<String, LocalDate[]> ranges(LocalDate today) {
		Map<String, LocalDate[]> ranges = new LinkedHashMap<>();
		ranges.put("analytics.range.month", new LocalDate[] { today.withDayOfMonth(1), today });
		LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
		ranges.put("analytics.range.last-month",
				new LocalDate[] { lastMonth, lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()) });
		ranges.put("analytics.range.year", new LocalDate[] { today.withDayOfYear(1), today });
		ranges.put("analytics.range.30-days", new LocalDate[] { today.minusDays(29), today });
		return ranges;
	}

	/** The chart texts in the page's language. */
	private Map<String, String> labels() {
		Locale locale = locale();
		Map<String, String> labels = new LinkedHashMap<>();
		Arrays.stream(CaseType.values())
			.forEach(t -> labels.put("type." + t, messages.getMessage("type." + t, null, t.name(), locale)));
		Arrays.stream(Channel.values())
			.forEach(c -> labels.put("channel." + c, messages.getMessage("channel." + c, null, c.name(), locale)));
		for (String key : List.of("analytics.received", "analytics.closed", "analytics.received-year-before",
				"analytics.unclassified", "analytics.no-region", "analytics.outside", "analytics.no-unit",
				"analytics.click-hint")) {
			labels.put(key, messages.getMessage(key, null, key, locale));
		}
		labels.put("lang", locale.getLanguage());
		return labels;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
