package org.redshield.console;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.redshield.cases.CaseType;
import org.redshield.cases.Channel;
import org.redshield.intake.CaseRequest;
import org.redshield.intake.CaseRequest.PartyRequest;
import org.redshield.intake.CaseRequest.PlatformRequest;
import org.redshield.intake.CaseRequest.RespondentRequest;

/**
 * The intake form as the browser posts it, with the property paths of {@link CaseRequest} ({@code complainant.phone},
 * {@code respondent.platform.name}) so that the intake module's field errors name the inputs directly. Mutable: Spring
 * binds it and the page re-renders it with the values the operator typed.
 */
class IntakeForm {

	/** What {@code <input type="datetime-local">} sends: local time without an offset. */
	private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

	/** Beijing time: the centres register calls in their own time. */
	static final String CHINA_OFFSET = "+08:00";

	private String type = CaseType.COMPLAINT.name();

	private String channel = Channel.HOTLINE.name();

	private String receivedAt;

	private Party complainant = new Party();

	private Respondent respondent = new Respondent();

	private String conductDivisionCode;

	private String request;

	private String facts;

	private String amount;

	private String answer;

	private String reportFacts;

	/** Codebook key of the goods or services category; empty until the operator or the officer classifies it. */
	private String category;

	/** Codebook key of the issue type (the report type for a report). */
	private String issue;

	/** The complainant or reporter. */
	static class Party {

		private String name;

		private String phone;

		private String address;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		PartyRequest toRequest() {
			if (blank(name) && blank(phone) && blank(address)) {
				return null;
			}
			return new PartyRequest(trim(name), trim(phone), trim(address));
		}
	}

	/** The platform a respondent sells on. */
	static class Platform {

		private String name;

		private String divisionCode;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDivisionCode() {
			return divisionCode;
		}

		public void setDivisionCode(String divisionCode) {
			this.divisionCode = divisionCode;
		}

		PlatformRequest toRequest() {
			if (blank(name) && blank(divisionCode)) {
				return null;
			}
			return new PlatformRequest(trim(name), trim(divisionCode));
		}
	}

	/** The respondent business. */
	static class Respondent {

		private String name;

		private String address;

		private String divisionCode;

		private Platform platform = new Platform();

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getDivisionCode() {
			return divisionCode;
		}

		public void setDivisionCode(String divisionCode) {
			this.divisionCode = divisionCode;
		}

		public Platform getPlatform() {
			return platform;
		}

		public void setPlatform(Platform platform) {
			this.platform = platform;
		}

		RespondentRequest toRequest() {
			PlatformRequest p = platform == null ? null : platform.toRequest();
			if (blank(name) && blank(address) && blank(divisionCode) && p == null) {
				return null;
			}
			return new RespondentRequest(trim(name), trim(address), trim(divisionCode), p);
		}
	}

	/**
	 * The request the intake module checks. A receipt time typed without an offset is Beijing time. An amount that is
	 * not a number becomes -1, which the module rejects under the field {@code amount} together with every other bad
	 * field, so that one answer still names them all.
	 */
	CaseRequest toRequest() {
		return new CaseRequest(trim(type), trim(channel), receivedAtWithOffset(), complainant.toRequest(),
				respondent.toRequest(), trim(conductDivisionCode), trim(request), trim(facts), amountValue(), trim(answer),
				trim(reportFacts), trim(category), trim(issue));
	}

	String receivedAtWithOffset() {
		String at = trim(receivedAt);
		if (at == null) {
			return null;
		}
		if (LOCAL_DATE_TIME.matcher(at).matches()) {
			return (at.length() == 16 ? at + ":00" : at) + CHINA_OFFSET;
		}
		return at;
	}

	BigDecimal amountValue() {
		String a = trim(amount);
		if (a == null) {
			return null;
		}
		try {
			return new BigDecimal(a.replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			return BigDecimal.ONE.negate();
		}
	}

	static String trim(String s) {
		return blank(s) ? null : s.strip();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getReceivedAt() {
		return receivedAt;
	}

	public void setReceivedAt(String receivedAt) {
		this.receivedAt = receivedAt;
	}

	public Party getComplainant() {
		return complainant;
	}

	public void setComplainant(Party complainant) {
		this.complainant = complainant;
	}

	public Respondent getRespondent() {
		return respondent;
	}

	public void setRespondent(Respondent respondent) {
		this.respondent = respondent;
	}

	public String getConductDivisionCode() {
		return conductDivisionCode;
	}

	public void setConductDivisionCode(String conductDivisionCode) {
		this.conductDivisionCode = conductDivisionCode;
	}

	public String getRequest() {
		return request;
	}

	public void setRequest(String request) {
		this.request = request;
	}

	public String getFacts() {
		return facts;
	}

	public void setFacts(String facts) {
		this.facts = facts;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getReportFacts() {
		return reportFacts;
	}

	public void setReportFacts(String reportFacts) {
		this.reportFacts = reportFacts;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getIssue() {
		return issue;
	}

	public void setIssue(String issue) {
		this.issue = issue;
	}
}
