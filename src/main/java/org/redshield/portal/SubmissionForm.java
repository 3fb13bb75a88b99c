package org.redshield.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.redshield.cases.CaseType;
import org.redshield.intake.CaseRequest;
import org.redshield.intake.CaseRequest.PartyRequest;
import org.redshield.intake.CaseRequest.RespondentRequest;
import org.redshield.shared.FieldError;

/**
 * The public form as a phone submits it: a complaint's N10 items (who you are, whom you complain about, what you ask
 * and why), a report's N28 clues, or a consultation's question. {@code division} is the county (区县) of the business
 * for a complaint and where the conduct took place for a report; {@code odr} is the hook for choosing the business's
 * own online dispute resolution first (a later issue).
 */
public class SubmissionForm {

	/** What the public site accepts: the three kinds a consumer files, as the home page offers them. */
	static final List<CaseType> TYPES = List.of(CaseType.COMPLAINT, CaseType.REPORT, CaseType.CONSULTATION);

	/** Channels a caller may name; the web form itself is WEB. */
	static final List<String> CHANNELS = List.of("WEB", "APP", "MINI_PROGRAM");

	private String type = "COMPLAINT";

	private String channel = "WEB";

	private String name;

	private String address;

	private String respondentName;

	private String respondentAddress;

	private String division;

	private String platformName;

	private String request;

	private String facts;

	private String amount;

	private boolean odr;

	private boolean promise;

	CaseType caseType() {
		return TYPES.stream().filter(t -> t.name().equals(type)).findFirst().orElse(CaseType.COMPLAINT);
	}

	/** The form's own problems (the promise, the amount); intake names the rest. */
	List<FieldError> problems() {
		List<FieldError> errors = new ArrayList<>();
		if (!promise) {
			errors.add(new FieldError("promise", "portal.error.promise"));
		}
		if (present(amount) && parsedAmount() == null) {
			errors.add(new FieldError("amount", "portal.error.amount"));
		}
		return errors;
	}

	CaseRequest toRequest(String phone) {
		CaseType t = caseType();
		String ch = CHANNELS.contains(channel) ? channel : "WEB";
		boolean report = t == CaseType.REPORT;
		RespondentRequest respondent = present(respondentName) || present(respondentAddress) || present(division)
				|| present(platformName)
				? new RespondentRequest(trim(respondentName), trim(respondentAddress), trim(division),
						present(platformName) ? new CaseRequest.PlatformRequest(trim(platformName), null) : null)
				: null;
		return new CaseRequest(t.name(), ch, null, new PartyRequest(trim(name), phone, trim(address)), respondent,
				report ? trim(division) : null, trim(request), trim(facts), parsedAmount(), null, null);
	}

	BigDecimal parsedAmount() {
		if (!present(amount)) {
			return null;
		}
		try {
			return new BigDecimal(amount.strip().replace(",", "").replace("，", "").replace("元", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The form field an intake error names (its JSON path). */
	static String fieldOf(String path) {
		return switch (path) {
			case "complainant.name" -> "name";
			case "complainant.phone" -> "phone";
			case "complainant.address" -> "address";
			case "respondent.name" -> "respondentName";
			case "respondent.address" -> "respondentAddress";
			case "respondent.divisionCode", "conductDivisionCode" -> "division";
			case "respondent.platform.name", "respondent.platform.divisionCode" -> "platformName";
			default -> path;
		};
	}

	private static boolean present(String s) {
		return s != null && !s.isBlank();
	}

	private static String trim(String s) {
		return present(s) ? s.strip() : null;
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

	public String getRespondentName() {
		return respondentName;
	}

	public void setRespondentName(String respondentName) {
		this.respondentName = respondentName;
	}

	public String getRespondentAddress() {
		return respondentAddress;
	}

	public void setRespondentAddress(String respondentAddress) {
		this.respondentAddress = respondentAddress;
	}

	public String getDivision() {
		return division;
	}

	public void setDivision(String division) {
		this.division = division;
	}

	public String getPlatformName() {
		return platformName;
	}

	public void setPlatformName(String platformName) {
		this.platformName = platformName;
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

	public boolean isOdr() {
		return odr;
	}

	public void setOdr(boolean odr) {
		this.odr = odr;
	}

	public boolean isPromise() {
		return promise;
	}

	public void setPromise(boolean promise) {
		this.promise = promise;
	}
}
