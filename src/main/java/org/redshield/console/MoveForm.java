package org.redshield.console;

import java.math.BigDecimal;
import java.util.function.Function;

import org.redshield.cases.Move;
import org.redshield.cases.MoveCommand;
import org.redshield.organizations.Unit;
import org.redshield.shared.InvalidRequestException;

/**
 * One move's form on the case page or the dispatch list; each move reads the fields it needs.
 */
class MoveForm {

	/** The page to go back to; anything else than the dispatch list means the case page. */
	static final String DISPATCH_PAGE = "dispatch";

	private String reason;

	private String note;

	private String recoveredAmount;

	private String unitCode;

	private String divisionCode;

	private String answer;

	private String returnTo;

	/** The classification panel's codebook keys (the categorize move). */
	private String category;

	private String issue;

	MoveCommand toCommand(Move move, Function<String, Unit> units) {
		if (move == Move.CATEGORIZE) {
			return MoveCommand.categorize(IntakeForm.trim(category), IntakeForm.trim(issue), IntakeForm.trim(note));
		}
		return new MoveCommand(move, IntakeForm.trim(reason), IntakeForm.trim(note), amount(),
				units.apply(IntakeForm.trim(unitCode)), IntakeForm.trim(divisionCode), IntakeForm.trim(answer));
	}

	private BigDecimal amount() {
		String text = IntakeForm.trim(recoveredAmount);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace("，", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException("recoveredAmount",
					"must be the amount recovered in yuan, 0 or more, at most two decimals");
		}
	}

	boolean backToDispatch() {
		return DISPATCH_PAGE.equals(returnTo);
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getRecoveredAmount() {
		return recoveredAmount;
	}

	public void setRecoveredAmount(String recoveredAmount) {
		this.recoveredAmount = recoveredAmount;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getDivisionCode() {
		return divisionCode;
	}

	public void setDivisionCode(String divisionCode) {
		this.divisionCode = divisionCode;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getReturnTo() {
		return returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
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
