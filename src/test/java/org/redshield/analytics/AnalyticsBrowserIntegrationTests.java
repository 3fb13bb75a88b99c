package org.redshield.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redshield.analytics.AnalyticsFixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.redshield.IntegrationTestSupport;

/**
 * The dashboard and the classification inputs in Debian's Chromium: charts drawn from the WebJar with no error, a
 * figure opening the cases behind it, the officer correcting a case's category. Screenshots land in
 * {@code target/screenshots}.
 */
class AnalyticsBrowserIntegrationTests extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static Playwright playwright;

	static Browser browser;

	BrowserContext context;

	Page page;

	final List<String> errors = new ArrayList<>();

	@BeforeAll
	static void launchChromium() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("zh-CN"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
		page.onPageError(e -> errors.add(e));
		// failed requests other than the favicon (which the console does not ship)
		page.onResponse(r -> {
			if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
				errors.add(r.status() + " " + r.url());
			}
		});
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@Test
	void theLeaderSeesTheDashboardAndOpensTheCasesBehindAFigure() {
		String number = register("2025-04-08T10:00:00+08:00", "G101", "I01");
		register("2025-04-09T10:00:00+08:00", "S07", "I12");
		signIn("leader");
		page.keyboard().press("Alt+T");
		page.waitForURL(Pattern.compile(".*/analytics$"));
		page.navigate(baseUrl() + "/analytics?from=2025-04-01&to=2025-04-30");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("统计分析");
		PlaywrightAssertions.assertThat(page.locator("#chart-trend canvas")).hasCount(1);
		PlaywrightAssertions.assertThat(page.locator("#chart-category canvas")).hasCount(1);
		PlaywrightAssertions.assertThat(page.locator("#chart-region canvas")).hasCount(1);
		PlaywrightAssertions.assertThat(page.locator("#top-respondents")).containsText("析测丁商场");
		page.waitForTimeout(300);
		shoot("analytics-01-dashboard");
		assertThat(errors).as("no script errors").isEmpty();

		String received = page.locator("#fig-received .figure-value").textContent().strip();
		page.locator("#fig-received").click();
		page.waitForURL(Pattern.compile(".*/analytics/cases\\?.*measure=RECEIVED.*"));
		PlaywrightAssertions.assertThat(page.locator("#cases-total")).hasText(received);
		PlaywrightAssertions.assertThat(page.locator("#analytics-cases")).containsText(number);
		PlaywrightAssertions.assertThat(page.locator("#analytics-cases")).containsText("王**");
		shoot("analytics-02-cases");

		page.navigate(baseUrl() + "/analytics?from=2025-04-01&to=2025-04-30&lang=en");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Analytics");
		page.waitForTimeout(300);
		shoot("analytics-03-dashboard-en");
		assertThat(errors).as("no script errors").isEmpty();
	}

	@Test
	void theOfficerCorrectsTheCategoryOnTheCasePage() {
		String number = register("2025-04-10T10:00:00+08:00", "G101", "I01");
		signIn("officer");
		page.navigate(baseUrl() + "/cases/" + number);
		PlaywrightAssertions.assertThat(page.locator("#case-category")).hasText("食品");
		page.locator("#toggle-categorize summary").click();
		page.locator("#mv-categorize-category").selectOption("S07");
		page.locator("#mv-categorize-issue").selectOption("I07");
		page.locator("#mv-categorize-note").fill("实为宽带合同纠纷");
		shoot("analytics-04-categorize");
		page.locator("button[data-move=categorize]").click();
		page.waitForLoadState();
		PlaywrightAssertions.assertThat(page.locator(".flash.notice")).containsText(number);
		PlaywrightAssertions.assertThat(page.locator("#case-category")).hasText("电信服务");
		PlaywrightAssertions.assertThat(page.locator("#case-issue")).hasText("合同");
		PlaywrightAssertions.assertThat(page.locator("#moves")).not().containsText("指定或更正商品/服务类别");
	}

	@Test
	void theOperatorClassifiesAComplaintAtIntake() {
		signIn("operator");
		page.navigate(baseUrl() + "/intake");
		PlaywrightAssertions.assertThat(page.locator("#f-category")).isVisible();
		page.locator("#f-complainant-name").fill("王小明");
		page.locator("#f-complainant-phone").fill("13800138000");
		page.locator("#f-complainant-address").fill("河北省邯郸市丛台区中华北大街1号");
		page.locator("#f-respondent-name").fill("析测戊电器");
		page.locator("#f-respondent-address").fill("邯郸市丛台区人民路88号");
		page.locator("#f-respondent-divisionCode").fill("130403");
		page.locator("#f-request").fill("退货");
		page.locator("#f-facts").fill("冰箱不制冷");
		page.locator("#f-category").selectOption("G127");
		page.locator("#f-issue").selectOption("I01");
		shoot("analytics-05-intake-classified");
		page.keyboard().press("Control+Enter");
		page.waitForURL(Pattern.compile(".*/cases/TS\\d+$"));
		PlaywrightAssertions.assertThat(page.locator("#case-category")).hasText("家用电器");
		PlaywrightAssertions.assertThat(page.locator("#case-issue")).hasText("质量");
	}

	String register(String receivedAt, String category, String issue) {
		Answer a = post("/api/v1/cases", "operator",
				complaint(receivedAt, "HOTLINE", "析测丁商场", "130403", category, issue));
		assertThat(a.status()).as(a.text()).isEqualTo(201);
		return a.json().get("number").asString();
	}

	void signIn(String user) {
		page.navigate(baseUrl() + "/login");
		page.locator("#username").fill(user);
		page.locator("#password").fill(PASSWORD);
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/(\\?.*)?$"));
	}

	void shoot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
