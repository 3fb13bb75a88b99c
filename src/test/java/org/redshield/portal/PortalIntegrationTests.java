package org.redshield.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.redshield.IntegrationTestSupport;
import org.redshield.portal.PortalClient.FilePart;
import org.redshield.portal.PortalClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site over HTTP as a phone's browser uses it: verify, submit, track, rate — and each refusal the issue
 * names (someone else's case, a forged rating link, an oversized or disguised attachment, a flood of code requests)
 * answered clearly, with nothing left behind.
 */
class PortalIntegrationTests extends IntegrationTestSupport {

	static final Pattern NUMBER = Pattern.compile("id=\"receipt-number\">([A-Z]{2}\\d{15})<");

	static final Pattern CODE = Pattern.compile("id=\"receipt-code\">([A-Z0-9]{8})<");

	static final Pattern SMS_CODE = Pattern.compile("验证码是 (\\d{6})");

	static final Pattern RATE_LINK = Pattern.compile("(/portal/rate/\\S+\\?t=[A-Za-z0-9_-]+)");

	@Autowired
	RateLimiter limiter;

	@Autowired
	LoggingSmsSender sms;

	@Autowired
	Attachments attachments;

	@Autowired
	Satisfaction satisfaction;

	private static int phoneSeq = 1000;

	@BeforeEach
	@AfterEach
	void forgetRateLimits() {
		limiter.reset();
	}

	/** A fresh mobile number per test, so no test sees another's codes or cases. */
	static synchronized String freshPhone() {
		return "1390000" + (phoneSeq++);
	}

	PortalClient verifiedConsumer(String phone) {
		PortalClient browser = new PortalClient(baseUrl());
		browser.get("/portal/verify?next=COMPLAINT");
		Page sent = browser.post("/portal/verify/send", Map.of("phone", phone, "next", "COMPLAINT"));
		assertThat(sent.status()).isEqualTo(302);
		Page verified = browser.post("/portal/verify", Map.of("phone", phone, "code", lastCode(phone), "next",
				"COMPLAINT"));
		assertThat(verified.status()).isEqualTo(302);
		assertThat(verified.location()).endsWith("/portal/submit?type=COMPLAINT");
		browser.get("/portal/submit?type=COMPLAINT");
		return browser;
	}

	String lastCode(String phone) {
		String text = sms.lastTo(phone).orElseThrow().text();
		Matcher m = SMS_CODE.matcher(text);
		assertThat(m.find()).as(text).isTrue();
		return m.group(1);
	}

	record Submitted(String number, String code) {
	}

	Submitted submit(PortalClient browser, Map<String, String> form, List<FilePart> files) {
		Page posted = browser.multipart("/portal/submit", form, files);
		assertThat(posted.status()).as(posted.body()).isEqualTo(302);
		Page receipt = browser.get("/portal/receipt");
		Matcher n = NUMBER.matcher(receipt.body());
		Matcher c = CODE.matcher(receipt.body());
		assertThat(n.find()).as(receipt.body()).isTrue();
		assertThat(c.find()).isTrue();
		return new Submitted(n.group(1), c.group(1));
	}

	long files() throws IOException {
		Path root = attachments.root();
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void complaintWithAPhotoAndAPdfIsRegisteredRoutedAndStoredWithChecksums() throws IOException {
		String phone = freshPhone();
		PortalClient browser = verifiedConsumer(phone);

		Submitted s = submit(browser, PortalFixtures.fridgeComplaint(),
				List.of(new FilePart("files", "小票.png", "image/png", PortalFixtures.PNG),
						new FilePart("files", "invoice.pdf", "application/octet-stream", PortalFixtures.pdf())));

		assertThat(s.number()).startsWith("TS");
		var row = jdbc.sql("select channel, complainant_phone, handling_unit_code, status from cases where number = ?")
			.param(s.number()).query().singleRow();
		assertThat(row).containsEntry("channel", "WEB").containsEntry("complainant_phone", phone)
			.containsEntry("handling_unit_code", "HD130403").containsEntry("status", "DISPATCHED");
		var stored = jdbc.sql("select original_name, content_type, size_bytes, sha256 from portal_attachment "
				+ "where case_number = ? order by id").param(s.number()).query().listOfRows();
		assertThat(stored).hasSize(2);
		assertThat(stored.get(0)).containsEntry("original_name", "小票.png").containsEntry("content_type", "image/png")
			.containsEntry("sha256", Attachments.sha256(PortalFixtures.PNG));
		assertThat(stored.get(1)).as("typed by content, not by the declared type").containsEntry("content_type",
				"application/pdf");
		assertThat(Files.readAllBytes(attachments.pathOf(Attachments.sha256(PortalFixtures.PNG))))
			.isEqualTo(PortalFixtures.PNG);
		String hash = jdbc.sql("select query_code_hash from portal_submission where case_number = ?")
			.param(s.number()).query(String.class).single();
		assertThat(hash).as("the query code is not stored in clear").doesNotContain(s.code());
		assertThat(sms.lastTo(phone).orElseThrow().text()).contains(s.number()).contains(s.code());
	}

	@Test
	void aComplaintMissingN10ItemsIsRefusedFieldByFieldAndStoresNothing() throws IOException {
		PortalClient browser = verifiedConsumer(freshPhone());
		long cases = count("cases");
		long rows = count("portal_attachment");
		Map<String, String> form = new java.util.LinkedHashMap<>(PortalFixtures.fridgeComplaint());
		form.remove("address");
		form.remove("respondentAddress");
		form.remove("promise");

		Page page = browser.multipart("/portal/submit", form,
				List.of(new FilePart("files", "a.png", "image/png", PortalFixtures.PNG)));

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("请检查标红的项目").contains("此项必填").contains("请勾选承诺后再提交");
		assertThat(count("cases")).isEqualTo(cases);
		assertThat(count("portal_attachment")).isEqualTo(rows);
	}

	@Test
	void aDisguisedAttachmentIsRefusedByContentAndLeavesNothingBehind() throws IOException {
		PortalClient browser = verifiedConsumer(freshPhone());
		long cases = count("cases");
		long submissions = count("portal_submission");
		long rows = count("portal_attachment");
		long files = files();

		Page page = browser.multipart("/portal/submit", PortalFixtures.fridgeComplaint(),
				List.of(new FilePart("files", "photo.png", "image/png", PortalFixtures.PNG),
						new FilePart("files", "photo.jpg", "image/jpeg", PortalFixtures.disguisedExecutable())));

		assertThat(page.status()).isEqualTo(415);
		assertThat(page.body()).contains("文件“photo.jpg”不是图片或 PDF，未提交");
		assertThat(count("cases")).isEqualTo(cases);
		assertThat(count("portal_submission")).isEqualTo(submissions);
		assertThat(count("portal_attachment")).isEqualTo(rows);
		assertThat(files()).isEqualTo(files);
	}

	@Test
	void anOversizedAttachmentIsRefusedAndLeavesNothingBehind() throws IOException {
		PortalClient browser = verifiedConsumer(freshPhone());
		long cases = count("cases");
		long rows = count("portal_attachment");
		long files = files();

		Page page = browser.multipart("/portal/submit", PortalFixtures.fridgeComplaint(),
				List.of(new FilePart("files", "big.jpg", "image/jpeg", PortalFixtures.jpegOf(5 * 1024 * 1024 + 1))));

		assertThat(page.status()).isEqualTo(413);
		assertThat(page.body()).containsAnyOf("超过 5 MB", "上传的文件太大");
		assertThat(count("cases")).isEqualTo(cases);
		assertThat(count("portal_attachment")).isEqualTo(rows);
		assertThat(files()).isEqualTo(files);
	}

	@Test
	void someoneElsesCaseLooksExactlyLikeAnUnknownNumber() {
		Submitted mine = submit(verifiedConsumer(freshPhone()), PortalFixtures.fridgeComplaint(), List.of());
		PortalClient stranger = new PortalClient(baseUrl());
		stranger.get("/portal/track");

		Page wrongCode = stranger.post("/portal/track", Map.of("number", mine.number(), "code", "ABCDEFGH"));
		Page unknown = stranger.post("/portal/track", Map.of("number", "TS209912310000001", "code", "ABCDEFGH"));
		Page direct = stranger.get("/portal/track/" + mine.number());

		for (Page p : List.of(wrongCode, unknown, direct)) {
			assertThat(p.status()).isEqualTo(404);
			assertThat(p.body()).contains("未找到该诉求，或查询码不正确").doesNotContain("李小梅").doesNotContain("电器商行");
		}
		assertThat(strip(wrongCode.body(), mine.number())).as("same page for a wrong code and an unknown number")
			.isEqualTo(strip(unknown.body(), "TS209912310000001"));

		Page right = stranger.post("/portal/track", Map.of("number", mine.number().toLowerCase(), "code",
				mine.code().toLowerCase()));
		assertThat(right.status()).isEqualTo(302);
		Page shown = stranger.get("/portal/track/" + mine.number());
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("已收到，待受理").contains("丛台区市场监督管理局").contains("受理时限");
	}

	@Test
	void trackingAttemptsAreLimitedPerAddress() {
		PortalClient guesser = new PortalClient(baseUrl());
		guesser.get("/portal/track");
		int limit = 30;
		for (int i = 0; i < limit; i++) {
			assertThat(guesser.post("/portal/track", Map.of("number", "TS20261009000000" + (i % 10), "code", "X"))
				.status()).isEqualTo(404);
		}
		Page refused = guesser.post("/portal/track", Map.of("number", "TS202610090000001", "code", "X"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.retryAfter()).isNotNull();
		assertThat(refused.body()).contains("查询过于频繁，请");
	}

	@Test
	void aFloodOfCodeRequestsIsRefusedWith429AndSendsNothing() {
		PortalClient flooder = new PortalClient(baseUrl());
		flooder.get("/portal/verify");
		String phone = freshPhone();
		assertThat(flooder.post("/portal/verify/send", Map.of("phone", phone)).status()).isEqualTo(302);

		Page again = flooder.post("/portal/verify/send", Map.of("phone", phone));
		assertThat(again.status()).as("a second code within the minute").isEqualTo(429);
		assertThat(again.body()).contains("验证码发送过于频繁");
		assertThat(sms.sentTo(phone)).hasSize(1);

		int sent = 1;
		Page last = null;
		for (int i = 0; i < 25; i++) {
			last = flooder.post("/portal/verify/send", Map.of("phone", freshPhone()));
			if (last.status() != 302) {
				break;
			}
			sent++;
		}
		assertThat(sent).as("codes per address per hour").isEqualTo(20);
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.body()).contains("验证码请求过于频繁");
		String refusedPhone = "1390000" + (phoneSeq - 1);
		assertThat(sms.sentTo(refusedPhone)).isEmpty();
		assertThat(jdbc.sql("select count(*) from portal_phone_code where phone = ?").param(refusedPhone)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aWrongCodeDoesNotVerifyAndFiveWrongCodesVoidIt() {
		PortalClient browser = new PortalClient(baseUrl());
		browser.get("/portal/verify");
		String phone = freshPhone();
		browser.post("/portal/verify/send", Map.of("phone", phone));
		String code = lastCode(phone);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			Page p = browser.post("/portal/verify", Map.of("phone", phone, "code", wrong));
			assertThat(p.status()).isEqualTo(400);
			assertThat(p.body()).contains("验证码不正确或已过期");
		}
		assertThat(browser.post("/portal/verify", Map.of("phone", phone, "code", code)).status())
			.as("the right code after five wrong ones").isEqualTo(400);
		assertThat(browser.get("/portal/submit?type=COMPLAINT").status()).isEqualTo(302);
	}

	@Test
	void aForgedRatingLinkIsRefusedAndStoresNothing() {
		Submitted s = submit(verifiedConsumer(freshPhone()), PortalFixtures.fridgeComplaint(), List.of());
		closeAsOfficer(s.number());
		PortalClient browser = new PortalClient(baseUrl());

		Page forged = browser.get("/portal/rate/" + s.number() + "?t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		assertThat(forged.status()).isEqualTo(404);
		assertThat(forged.body()).contains("评价链接无效");
		browser.get("/portal/track");
		Page posted = browser.post("/portal/rate/" + s.number(), Map.of("t", "forged", "score", "1"));
		assertThat(posted.status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from portal_satisfaction where case_number = ?").param(s.number())
			.query(Long.class).single()).isZero();
	}

	@Test
	void theComplainantIsToldOfAcceptanceAndClosureAndRatesOnceThroughTheLink() {
		String phone = freshPhone();
		Submitted s = submit(verifiedConsumer(phone), PortalFixtures.fridgeComplaint(), List.of());
		Page early = new PortalClient(baseUrl()).get("/portal/rate/" + s.number() + "?t=" + satisfaction.token(s.number()));
		assertThat(early.status()).as("a genuine link before closure").isEqualTo(409);
		assertThat(early.body()).contains("尚未办结");

		closeAsOfficer(s.number());
		String closing = awaitSms(phone, "已办结");
		assertThat(sms.sentTo(phone)).anySatisfy(m -> assertThat(m.text()).contains(s.number()).contains("受理"));
		Matcher m = RATE_LINK.matcher(closing);
		assertThat(m.find()).as(closing).isTrue();
		String link = m.group(1);

		PortalClient consumer = new PortalClient(baseUrl());
		Page form = consumer.get(link);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("评价办理情况");
		String t = link.substring(link.indexOf("?t=") + 3);
		Page rated = consumer.post("/portal/rate/" + s.number(), Map.of("t", t, "score", "4", "comment", "处理及时"));
		assertThat(rated.status()).isEqualTo(302);
		var row = jdbc.sql("select score, comment, handling_unit_code, source from portal_satisfaction where case_number = ?")
			.param(s.number()).query().singleRow();
		assertThat(row).containsEntry("comment", "处理及时").containsEntry("handling_unit_code", "HD130403")
			.containsEntry("source", "ONLINE");
		assertThat(((Number) row.get("score")).intValue()).isEqualTo(4);

		Page twice = consumer.post("/portal/rate/" + s.number(), Map.of("t", t, "score", "1"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body()).contains("已经评价过");
		assertThat(jdbc.sql("select score from portal_satisfaction where case_number = ?").param(s.number())
			.query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void aReporterSeesReceiptAndEndButNoHandlingNotesOrNames() {
		String phone = freshPhone();
		PortalClient browser = verifiedConsumer(phone);
		browser.get("/portal/submit?type=REPORT");
		Submitted s = submit(browser, PortalFixtures.reportAbout("邯郸市某某食品店"), List.of());
		assertThat(s.number()).startsWith("JB");
		assertThat(post("/api/v1/cases/" + s.number() + "/start-verification", "officer", "{}").status())
			.isEqualTo(200);
		assertThat(post("/api/v1/cases/" + s.number() + "/note", "officer", "{\"note\":\"内部：联系执法大队张队长\"}")
			.status()).isEqualTo(200);

		Page shown = browser.get("/portal/track/" + s.number());

		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("处理中").contains("已收到您的举报").doesNotContain("张队长")
			.doesNotContain("核查").doesNotContain("陈静").doesNotContain("丛台区市场监督管理局");
	}

	@Test
	void aVerifiedPhoneSeesItsOwnCasesOnlyAndForgetsThemOnSignOut() {
		String phone = freshPhone();
		PortalClient browser = verifiedConsumer(phone);
		Submitted s = submit(browser, PortalFixtures.fridgeComplaint(), List.of());
		Submitted other = submit(verifiedConsumer(freshPhone()), PortalFixtures.fridgeComplaint(), List.of());

		Page mine = browser.get("/portal/mine");
		assertThat(mine.body()).contains(s.number()).doesNotContain(other.number());
		assertThat(browser.get("/portal/track/" + other.number()).status()).isEqualTo(404);

		browser.post("/portal/forget", Map.of());
		assertThat(browser.get("/portal/mine").status()).isEqualTo(302);
		assertThat(browser.get("/portal/track/" + s.number()).status()).isEqualTo(404);
	}

	@Test
	void anOfficerRecordsAFollowUpCallWhoseScoreFeedsTheUnitsSatisfaction() {
		Submitted s = submit(verifiedConsumer(freshPhone()), PortalFixtures.fridgeComplaint(), List.of());
		closeAsOfficer(s.number());
		PortalClient console = new PortalClient(baseUrl());
		console.get("/login");
		Page signedIn = console.post("/login", Map.of("username", "officer", "password", PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);

		Page list = console.get("/follow-ups");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("回访").contains(s.number());
		Page recorded = console.post("/follow-ups/" + s.number(), Map.of("reached", "true", "score", "3", "note",
				"商家退款较慢"));
		assertThat(recorded.status()).isEqualTo(302);

		var row = jdbc.sql("select score, handling_unit_code, recorded_by from portal_satisfaction "
				+ "where case_number = ? and source = 'PHONE'").param(s.number()).query().singleRow();
		assertThat(((Number) row.get("score")).intValue()).isEqualTo(3);
		assertThat(row).containsEntry("handling_unit_code", "HD130403").containsEntry("recorded_by", "officer");
		assertThat(get("/api/v1/cases/" + s.number(), "officer").text()).contains("回访：已联系上投诉人，满意度 3 分");
		assertThat(console.get("/follow-ups").body()).contains("3 / 5");

		Page noScoreUnreached = console.post("/follow-ups/" + s.number(), Map.of("score", "5"));
		assertThat(noScoreUnreached.status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from portal_follow_up where case_number = ?").param(s.number())
			.query(Long.class).single()).as("a score without reaching anyone is refused").isEqualTo(1);

		PortalClient otherUnit = new PortalClient(baseUrl());
		otherUnit.get("/login");
		otherUnit.post("/login", Map.of("username", "officer2", "password", PASSWORD));
		assertThat(otherUnit.get("/follow-ups").body()).as("another county's case").doesNotContain(s.number());
		otherUnit.post("/follow-ups/" + s.number(), Map.of("reached", "true", "score", "1"));
		assertThat(jdbc.sql("select score from portal_satisfaction where case_number = ? and source = 'PHONE'")
			.param(s.number()).query(Integer.class).single()).as("outside the officer's scope").isEqualTo(3);
	}

	void closeAsOfficer(String number) {
		for (String step : List.of("accept", "start-mediation")) {
			assertThat(post("/api/v1/cases/" + number + "/" + step, "officer", "{}").status()).as(step).isEqualTo(200);
		}
		assertThat(post("/api/v1/cases/" + number + "/record-agreement", "officer", "{\"recoveredAmount\":100}")
			.status()).isEqualTo(200);
		assertThat(post("/api/v1/cases/" + number + "/close", "officer", "{}").status()).isEqualTo(200);
	}

	String awaitSms(String phone, String containing) {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(until)) {
			Optional<LoggingSmsSender.Sms> found = sms.sentTo(phone).stream()
				.filter(m -> m.text().contains(containing)).findFirst();
			if (found.isPresent()) {
				return found.get().text();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("no SMS containing " + containing + " to " + phone + ": " + sms.sentTo(phone));
	}

	/** A page without what legitimately differs between two answers: the number typed in and the CSRF token. */
	static String strip(String body, String number) {
		return body.replace(number, "").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "")
			.replaceAll("_csrf=[^\"&]+", "");
	}
}
