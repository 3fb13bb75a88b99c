package org.redshield.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.redshield.IntegrationTestSupport;
import org.redshield.shared.ChinaTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in Debian's Chromium, driven as staff drive it: from the keyboard, in Chinese. Screenshots of every
 * page land in {@code target/screenshots}.
 */
class ConsoleBrowserIntegrationTests extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final Pattern COMPLAINT_NUMBER = Pattern.compile("TS\\d{15}");

	static Playwright playwright;

	static Browser browser;

	BrowserContext context;

	Page page;

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
		// An English-speaking browser: the console answers in Chinese all the same unless asked.
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-US"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	@Test
	void operatorRegistersAComplaintFromTheKeyboardAndTheOfficerAcceptsIt() {
		page.navigate(baseUrl() + "/login");
		shoot("01-login");
		signIn("operator");
		PlaywrightAssertions.assertThat(page.locator(".who-name")).hasText("王丽（接线员）");

		page.keyboard().press("Alt+N");
		page.waitForURL(baseUrl() + "/intake");
		assertThat(focusedId()).as("the first field has the focus").isEqualTo("f-type");
		PlaywrightAssertions.assertThat(page.locator("#f-type")).hasValue("COMPLAINT");
		PlaywrightAssertions.assertThat(page.locator("#f-channel")).hasValue("HOTLINE");
		tabAndType("f-channel", null);
		tabAndType("f-complainant-name", "王小明");
		tabAndType("f-complainant-phone", "13800138000");
		tabAndType("f-complainant-address", "河北省邯郸市丛台区中华北大街1号");
		tabAndType("f-respondent-name", "邯郸市丛台区某某电器商行");
		tabAndType("f-respondent-address", "邯郸市丛台区人民路88号");
		tabAndType("f-respondent-divisionCode", "130403");
		tabAndType("f-respondent-platform-name", null);
		tabAndType("f-respondent-platform-divisionCode", null);
		// 违法行为发生地 is for reports only: hidden for a complaint, so the tab goes on to the request.
		tabAndType("f-request", "退货并退还货款");
		tabAndType("f-facts", "十月一日购买的冰箱不制冷，商家拒绝退货。");
		tabAndType("f-amount", "2999");
		shoot("02-intake-filled");
		page.keyboard().press("Control+Enter");

		page.waitForURL(Pattern.compile(".*/cases/TS\\d+$"));
		String number = page.locator("[data-case-number]").textContent().strip();
		assertThat(number).matches(COMPLAINT_NUMBER);
		PlaywrightAssertions.assertThat(page.locator(".flash.notice")).containsText("已登记，案件编号 " + number);
		PlaywrightAssertions.assertThat(page.locator("#case-status")).hasText("已分送");
		PlaywrightAssertions.assertThat(page.locator("#handling-unit")).hasText("丛台区市场监督管理局");
		shoot("03-case-registered");

		page.locator("form.logout button").click();
		page.waitForURL(baseUrl() + "/login?logout");
		PlaywrightAssertions.assertThat(page.locator(".flash.notice")).hasText("您已安全退出。");

		signIn("officer");
		Locator row = page.locator("a.case-link", new Page.LocatorOptions().setHasText(number));
		PlaywrightAssertions.assertThat(row).isVisible();
		shoot("04-queue-officer");
		row.focus();
		page.keyboard().press("Enter");
		page.waitForURL(baseUrl() + "/cases/" + number);
		PlaywrightAssertions.assertThat(page.locator("#case-status")).hasText("已分送");
		shoot("05-case-dispatched");

		page.locator("button[data-move=accept]").click();
		page.waitForLoadState();
		PlaywrightAssertions.assertThat(page.locator(".flash.notice")).hasText("已执行“受理”：" + number);
		PlaywrightAssertions.assertThat(page.locator("#case-status")).hasText("已受理");
		Locator mediation = page.locator("#deadlines tr[data-step=MEDIATION]");
		PlaywrightAssertions.assertThat(mediation.locator("th")).containsText("调解期限");
		LocalDate due = LocalDate.parse(mediation.locator("td").nth(1).textContent().strip());
		assertThat(due).as("60 days after acceptance (N23)")
			.isAfterOrEqualTo(LocalDate.now(ChinaTime.ZONE).plusDays(60));
		PlaywrightAssertions.assertThat(mediation.locator("td.num")).containsText("个工作日");
		PlaywrightAssertions.assertThat(page.locator("#deadlines tr[data-step=ACCEPTANCE] td.num")).containsText("完成");
		PlaywrightAssertions.assertThat(page.locator("#timeline tbody tr").last()).containsText("陈静（丛台区局承办人）");
		PlaywrightAssertions.assertThat(page.locator("button[data-move=start-mediation]")).isVisible();
		shoot("06-case-accepted");
	}

	@Test
	void intakeMarksEveryBadFieldNextToItAndKeepsWhatWasTyped() {
		signIn("operator");
		page.navigate(baseUrl() + "/intake");
		page.locator("#f-complainant-name").fill("李四");
		page.locator("#f-complainant-phone").fill("12345");
		page.locator("#f-amount").fill("两千");
		page.locator("#f-respondent-divisionCode").fill("999999");
		Response response = page.waitForNavigation(() -> page.locator("#f-facts").press("Control+Enter"));

		assertThat(response.status()).isEqualTo(422);
		PlaywrightAssertions.assertThat(page.locator("#f-complainant-name")).hasValue("李四");
		PlaywrightAssertions.assertThat(page.locator("#f-complainant-phone")).hasValue("12345");
		PlaywrightAssertions.assertThat(page.locator("#f-amount")).hasValue("两千");
		PlaywrightAssertions.assertThat(page.locator("#f-complainant-phone-error")).hasText("不是有效的手机号或固定电话");
		PlaywrightAssertions.assertThat(page.locator("#f-complainant-address-error")).hasText("必填");
		PlaywrightAssertions.assertThat(page.locator("#f-respondent-name-error")).hasText("必填");
		PlaywrightAssertions.assertThat(page.locator("#f-respondent-address-error")).hasText("必填");
		PlaywrightAssertions.assertThat(page.locator("#f-respondent-divisionCode-error"))
			.hasText("不是有效的行政区划代码（GB/T 2260）");
		PlaywrightAssertions.assertThat(page.locator("#f-request-error")).hasText("必填");
		PlaywrightAssertions.assertThat(page.locator("#f-facts-error")).hasText("必填");
		PlaywrightAssertions.assertThat(page.locator("#f-amount-error")).hasText("须为不小于 0 的金额，最多两位小数");
		PlaywrightAssertions.assertThat(page.locator("#f-complainant-name-error")).hasCount(0);
		PlaywrightAssertions.assertThat(page.locator("#f-complainant-phone")).hasAttribute("aria-invalid", "true");
		PlaywrightAssertions.assertThat(page.locator("#intake-problems li")).hasCount(8);
		assertThat(focusedId()).as("the first bad field has the focus").isEqualTo("f-complainant-phone");
		shoot("07-intake-errors");
	}

	@Test
	void aMoveOnAStalePageIsRefusedWithAMessage() {
		String number = registerComplaintAgainstCongtai();
		signIn("officer");
		Page stale = context.newPage();
		stale.navigate(baseUrl() + "/cases/" + number);
		page.navigate(baseUrl() + "/cases/" + number);
		page.locator("button[data-move=accept]").click();
		PlaywrightAssertions.assertThat(page.locator("#case-status")).hasText("已受理");

		stale.locator("button[data-move=accept]").click();
		stale.waitForLoadState();

		assertThat(stale.url()).isEqualTo(baseUrl() + "/cases/" + number);
		PlaywrightAssertions.assertThat(stale.locator(".flash.problem")).containsText("“受理”未执行");
		PlaywrightAssertions.assertThat(stale.locator("#case-status")).hasText("已受理");
		assertThat(stale.content()).doesNotContain("Exception").doesNotContain("at org.");
		page = stale;
		shoot("08-case-conflict");
	}

	@Test
	void aMoveWithoutWhatItNeedsIsRefusedNamingTheField() {
		String number = registerComplaintAgainstCongtai();
		signIn("officer");
		page.navigate(baseUrl() + "/cases/" + number);
		PlaywrightAssertions.assertThat(page.locator("#move-refuse")).not().isVisible();
		page.locator("#toggle-refuse > summary").focus();
		page.keyboard().press("Enter");
		PlaywrightAssertions.assertThat(page.locator("#move-refuse")).isVisible();
		// The browser would insist on a reason; take that away to see what the server says.
		page.locator("#move-refuse select[name=reason]").evaluate("s => s.removeAttribute('required')");
		page.locator("button[data-move=refuse]").click();
		page.waitForLoadState();

		PlaywrightAssertions.assertThat(page.locator(".flash.problem")).containsText("“不予受理”未执行");
		PlaywrightAssertions.assertThat(page.locator(".flash.problem li")).hasText("原因：不是可选的值");
		PlaywrightAssertions.assertThat(page.locator("#move-refuse")).isVisible();
		PlaywrightAssertions.assertThat(page.locator("#move-refuse")).hasClass(Pattern.compile(".*\\bfailed\\b.*"));
		PlaywrightAssertions.assertThat(page.locator("#case-status")).hasText("已分送");
	}

	@Test
	void keyboardShortcutsReachSearchQueueRowsAndHelp() {
		String number = registerComplaintAgainstCongtai();
		signIn("officer");

		page.keyboard().press("/");
		assertThat(focusedId()).isEqualTo("search");
		page.keyboard().type(number.toLowerCase());
		page.keyboard().press("Enter");
		page.waitForURL(baseUrl() + "/cases/" + number);

		page.keyboard().press("Alt+Q");
		page.waitForURL(baseUrl() + "/");
		page.keyboard().press("j");
		assertThat(page.evaluate("() => document.activeElement.hasAttribute('data-row-link')")).isEqualTo(true);
		page.keyboard().press("?");
		PlaywrightAssertions.assertThat(page.locator("dialog#shortcuts")).isVisible();
		shoot("12-shortcuts");
		page.keyboard().press("Escape");
		PlaywrightAssertions.assertThat(page.locator("dialog#shortcuts")).not().isVisible();
	}

	@Test
	void queueFiltersByStatusInPlace() {
		String accepted = registerComplaintAgainstCongtai();
		String dispatched = registerComplaintAgainstCongtai();
		assertThat(post("/api/v1/cases/" + accepted + "/accept", "officer", null).status()).isEqualTo(200);
		signIn("officer");
		page.evaluate("() => window.notReloaded = true");

		page.locator("#status-filter").selectOption("ACCEPTED");

		page.waitForURL(baseUrl() + "/?status=ACCEPTED");
		PlaywrightAssertions.assertThat(page.locator("#queue a", new Page.LocatorOptions().setHasText(dispatched)))
			.hasCount(0);
		PlaywrightAssertions.assertThat(page.locator("#queue a", new Page.LocatorOptions().setHasText(accepted)))
			.isVisible();
		PlaywrightAssertions.assertThat(page.locator("#queue tbody .badge").first()).hasText("已受理");
		assertThat(page.locator("#queue tbody .badge").allTextContents()).containsOnly("已受理");
		assertThat(page.evaluate("() => window.notReloaded === true")).as("swapped in by htmx").isEqualTo(true);
	}

	@Test
	void queueListsOverdueItemsFirstAndMarksThem() {
		registerComplaintAgainstCongtai();
		String late = registerComplaint("邯郸市丛台区人民路99号", "130403",
				OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(20).truncatedTo(ChronoUnit.SECONDS).toString());
		signIn("officer");

		Locator lateRow = page.locator("#queue tbody tr", new Page.LocatorOptions().setHasText(late));
		PlaywrightAssertions.assertThat(lateRow).hasClass(Pattern.compile(".*\\brow-overdue\\b.*"));
		PlaywrightAssertions.assertThat(lateRow.locator(".days.overdue")).containsText("超期");
		@SuppressWarnings("unchecked")
		List<Boolean> overdue = (List<Boolean>) page.locator("#queue tbody tr")
			.evaluateAll("rows => rows.map(r => r.classList.contains('row-overdue'))");
		assertThat(overdue).as("overdue rows first").startsWith(true).contains(false);
		assertThat(overdue.subList(overdue.indexOf(false), overdue.size())).doesNotContain(true);
		shoot("13-queue-overdue");
	}

	@Test
	void aCaseOutsideTheUsersScopeIsANotFoundPage() {
		String number = registerComplaintAgainstCongtai();
		signIn("officer2");

		Response response = page.navigate(baseUrl() + "/cases/" + number);

		assertThat(response.status()).isEqualTo(404);
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("未找到");
		PlaywrightAssertions.assertThat(page.locator(".who-name")).hasText("刘洋（武安市局承办人）");
		shoot("09-not-found");
	}

	@Test
	void dispatcherSendsAnItemRoutingCouldNotPlace() {
		String number = registerComplaint("某小区门口流动摊位", null);
		signIn("dispatcher");
		page.keyboard().press("Alt+S");
		page.waitForURL(baseUrl() + "/dispatch");
		Locator row = page.locator("tr", new Page.LocatorOptions().setHas(page.locator("a", new Page.LocatorOptions()
			.setHasText(number))));
		PlaywrightAssertions.assertThat(row).isVisible();
		row.locator("select[name=unitCode]").selectOption("HD130403");
		shoot("10-dispatch");
		row.locator("button").click();
		page.waitForURL(baseUrl() + "/dispatch");

		PlaywrightAssertions.assertThat(page.locator(".flash.notice")).hasText("已执行“分送”：" + number);
		PlaywrightAssertions.assertThat(page.locator("a", new Page.LocatorOptions().setHasText(number))).hasCount(0);
		page.navigate(baseUrl() + "/cases/" + number);
		PlaywrightAssertions.assertThat(page.locator("#handling-unit")).hasText("丛台区市场监督管理局");
	}

	@Test
	void onlyDispatchersSeeTheDispatchList() {
		signIn("operator");
		PlaywrightAssertions.assertThat(page.locator("a[data-shortcut=s]")).hasCount(0);

		Response response = page.navigate(baseUrl() + "/dispatch");

		assertThat(response.status()).isEqualTo(403);
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("无权操作");
	}

	@Test
	void speaksChineseUnlessAskedForEnglishAndRemembersTheChoice() {
		page.navigate(baseUrl() + "/login");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("登录工作台");

		page.keyboard().press("Alt+L");
		page.waitForURL(baseUrl() + "/login?lang=en");
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Sign in to the console");
		signIn("officer");
		PlaywrightAssertions.assertThat(page.locator("main h1")).hasText("My queue");
		PlaywrightAssertions.assertThat(page.locator(".who-role")).hasText("Handling officer");
		shoot("11-queue-english");

		page.navigate(baseUrl() + "/?lang=zh-CN");
		PlaywrightAssertions.assertThat(page.locator("main h1")).hasText("我的待办");
	}

	@Test
	void badCredentialsAreRefusedWithAMessage() {
		page.navigate(baseUrl() + "/login");
		page.locator("#username").fill("operator");
		page.locator("#password").fill("wrong");
		page.locator("#password").press("Enter");
		page.waitForURL(baseUrl() + "/login?error");

		PlaywrightAssertions.assertThat(page.locator(".flash.problem")).hasText("用户名或密码不正确。");
		assertThat(focusedId()).isEqualTo("username");
	}

	private void signIn(String user) {
		if (!page.url().startsWith(baseUrl() + "/login")) {
			page.navigate(baseUrl() + "/login");
		}
		assertThat(focusedId()).as("the user name has the focus").isEqualTo("username");
		page.keyboard().type(user);
		page.keyboard().press("Tab");
		page.keyboard().type(PASSWORD);
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(Pattern.quote(baseUrl()) + "/(\\?.*)?$"));
	}

	/** Tab to the next field, check it is the one expected, and type into it. */
	private void tabAndType(String expectedId, String text) {
		page.keyboard().press("Tab");
		assertThat(focusedId()).as("tab order").isEqualTo(expectedId);
		if (text != null) {
			page.keyboard().type(text);
		}
	}

	private String focusedId() {
		return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
	}

	private String registerComplaintAgainstCongtai() {
		return registerComplaint("邯郸市丛台区人民路88号", "130403");
	}

	private String registerComplaint(String respondentAddress, String divisionCode) {
		return registerComplaint(respondentAddress, divisionCode, null);
	}

	private String registerComplaint(String respondentAddress, String divisionCode, String receivedAt) {
		String json = """
				{"type":"COMPLAINT","channel":"HOTLINE","receivedAt":%s,
				 "complainant":{"name":"赵六","phone":"13900139000","address":"邯郸市丛台区滏东北大街2号"},
				 "respondent":{"name":"某某超市","address":"%s","divisionCode":%s},
				 "request":"退款","facts":"购买的牛奶过期。"}
				""".formatted(quoted(receivedAt), respondentAddress, quoted(divisionCode));
		Answer answer = post("/api/v1/cases", "operator", json);
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return answer.json().get("number").asString();
	}

	private static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	private void shoot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
