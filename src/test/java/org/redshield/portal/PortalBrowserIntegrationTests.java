package org.redshield.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
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
import org.springframework.beans.factory.annotation.Autowired;

import org.redshield.IntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site in Debian's Chromium on a phone-sized screen (390x844), in Chinese: submit a complaint with a
 * photo and get the receipt, track it with the number and query code, and rate it through the SMS link once the
 * officer has closed it. Screenshots land in {@code target/screenshots/portal-*.png}.
 */
class PortalBrowserIntegrationTests extends IntegrationTestSupport {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final Pattern SMS_CODE = Pattern.compile("验证码是 (\\d{6})");

	static final Pattern RATE_LINK = Pattern.compile("(/portal/rate/\\S+\\?t=[A-Za-z0-9_-]+)");

	static Playwright playwright;

	static Browser browser;

	@Autowired
	LoggingSmsSender sms;

	@Autowired
	RateLimiter limiter;

	BrowserContext context;

	Page page;

	static int phoneSeq = 5000;

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
	void openPhone() {
		limiter.reset();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("zh-CN"));
		context.setDefaultTimeout(15_000);
		page = context.newPage();
	}

	@AfterEach
	void closePhone() {
		context.close();
		limiter.reset();
	}

	@Test
	void aConsumerSubmitsAComplaintWithAPhotoFromAPhoneAndTracksIt() throws Exception {
		String phone = "1370000" + (phoneSeq++);
		String[] receipt = submitComplaint(phone, true);
		String number = receipt[0];
		String code = receipt[1];

		// Another day, another browser: only the number and the query code.
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(2)
			.setIsMobile(true).setLocale("zh-CN"));
		page = context.newPage();
		page.navigate(baseUrl() + "/portal");
		page.locator("#go-track").click();
		page.locator("#number").fill(number);
		page.locator("#query-code").fill("WRONG123");
		page.locator("#track").click();
		PlaywrightAssertions.assertThat(page.locator("#track-not-found")).containsText("未找到该诉求，或查询码不正确");
		page.locator("#number").fill(number);
		page.locator("#query-code").fill(code.toLowerCase());
		page.locator("#track").click();
		page.waitForURL(baseUrl() + "/portal/track/" + number);
		PlaywrightAssertions.assertThat(page.locator("#case-status")).hasText("已收到，待受理");
		PlaywrightAssertions.assertThat(page.locator("#case-unit")).hasText("丛台区市场监督管理局");
		PlaywrightAssertions.assertThat(page.locator("#case-due")).containsText("前");
		PlaywrightAssertions.assertThat(page.locator("#timeline li")).hasCount(2);
		PlaywrightAssertions.assertThat(page.locator("#attachments li")).containsText("购物小票.png");
		assertNoHorizontalScroll();
		shoot("05-track");

		// The same page in English.
		page.navigate(baseUrl() + "/portal/track/" + number + "?lang=en");
		PlaywrightAssertions.assertThat(page.locator("#case-status")).hasText("Received, awaiting a decision");
		shoot("06-track-en");
	}

	@Test
	void theComplainantRatesTheHandlingThroughTheLinkInTheClosingSms() throws Exception {
		String phone = "1370000" + (phoneSeq++);
		String number = submitComplaint(phone, false)[0];
		for (String step : List.of("accept", "start-mediation")) {
			assertThat(post("/api/v1/cases/" + number + "/" + step, "officer", "{}").status()).isEqualTo(200);
		}
		assertThat(post("/api/v1/cases/" + number + "/record-agreement", "officer", "{\"recoveredAmount\":100}")
			.status()).isEqualTo(200);
		assertThat(post("/api/v1/cases/" + number + "/close", "officer", "{}").status()).isEqualTo(200);
		String closing = awaitSms(phone, "已办结");
		Matcher m = RATE_LINK.matcher(closing);
		assertThat(m.find()).as(closing).isTrue();

		page.navigate(baseUrl() + m.group(1));
		PlaywrightAssertions.assertThat(page.locator("h1")).hasText("评价办理情况");
		page.locator("label[for=score-5]").click();
		page.locator("#comment").fill("调解及时，商家已退款。");
		assertNoHorizontalScroll();
		shoot("07-rate");
		page.locator("#rate-submit").click();
		PlaywrightAssertions.assertThat(page.locator("#message")).containsText("感谢您的评价");

		page.navigate(baseUrl() + m.group(1));
		PlaywrightAssertions.assertThat(page.locator("#message")).containsText("已经评价过");

		page.navigate(baseUrl() + "/portal/track/" + number);
		PlaywrightAssertions.assertThat(page.locator("#case-status")).hasText("已办结");
		PlaywrightAssertions.assertThat(page.locator("#rated")).containsText("5 分");
		PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("调解成功");
		PlaywrightAssertions.assertThat(page.locator("#timeline")).not().containsText("陈静");
		shoot("08-closed");
	}

	/** Home → verify the phone → the form with a photo → the receipt; returns the number and the query code. */
	String[] submitComplaint(String phone, boolean screenshots) throws Exception {
		page.navigate(baseUrl() + "/portal");
		if (screenshots) {
			shoot("01-home");
		}
		page.locator("#go-complaint").click();
		page.locator("#phone").fill(phone);
		page.locator("#send-code").click();
		Matcher code = SMS_CODE.matcher(awaitSms(phone, "验证码"));
		assertThat(code.find()).isTrue();
		page.locator("#code").fill(code.group(1));
		if (screenshots) {
			shoot("02-verify");
		}
		page.locator("#check-code").click();
		page.waitForURL(baseUrl() + "/portal/submit?type=COMPLAINT");
		PlaywrightAssertions.assertThat(page.locator("#verified-phone")).containsText(phone.substring(0, 3) + "****");

		page.locator("#name").fill("李小梅");
		page.locator("#address").fill("河北省邯郸市丛台区中华北大街 1 号");
		page.locator("#respondentName").fill("邯郸市丛台区某某电器商行");
		page.locator("#respondentAddress").fill("邯郸市丛台区人民路 88 号");
		page.locator("#division").selectOption("130403");
		page.locator("#request").fill("退货并退还货款 2999 元");
		page.locator("#facts").fill("十月一日购买的冰箱不制冷，商家拒绝退货。");
		page.locator("#amount").fill("2999");
		Path photo = Files.createTempFile("receipt", ".png");
		Files.write(photo, PortalFixtures.PNG);
		Path named = photo.resolveSibling("购物小票.png");
		Files.move(photo, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		page.locator("#files").setInputFiles(named);
		page.locator("#submit").click();
		// Forgot the promise: the form comes back with the answers kept and the box marked.
		PlaywrightAssertions.assertThat(page.locator(".check .error")).containsText("请勾选承诺");
		PlaywrightAssertions.assertThat(page.locator("#respondentName")).hasValue("邯郸市丛台区某某电器商行");
		if (screenshots) {
			shoot("03-form-problem");
		}
		page.locator("#files").setInputFiles(named);
		page.locator("#promise").check();
		if (screenshots) {
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-03-form.png"))
				.setFullPage(true));
		}
		page.locator("#submit").click();
		page.waitForURL(baseUrl() + "/portal/receipt");
		String number = page.locator("#receipt-number").textContent().strip();
		String queryCode = page.locator("#receipt-code").textContent().strip();
		assertThat(number).matches("TS\\d{15}");
		assertThat(queryCode).matches("[A-Z0-9]{8}");
		PlaywrightAssertions.assertThat(page.locator("#receipt-unit")).hasText("丛台区市场监督管理局");
		PlaywrightAssertions.assertThat(page.locator("#receipt-attachments")).hasText("1");
		assertNoHorizontalScroll();
		if (screenshots) {
			shoot("04-receipt");
		}
		Files.deleteIfExists(named);
		return new String[] { number, queryCode };
	}

	void assertNoHorizontalScroll() {
		Object wide = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
		assertThat(wide).as("the page fits the phone's width").isEqualTo(false);
	}

	void shoot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("portal-" + name + ".png")));
	}

	String awaitSms(String phone, String containing) {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			var found = sms.sentTo(phone).stream().filter(m -> m.text().contains(containing)).reduce((a, b) -> b);
			if (found.isPresent()) {
				return found.get().text();
			}
			page.waitForTimeout(100);
		}
		throw new AssertionError("no SMS containing " + containing + " to " + phone);
	}
}
