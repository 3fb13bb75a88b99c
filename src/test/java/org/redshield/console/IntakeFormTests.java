package org.redshield.console;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.redshield.intake.CaseRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake form as the intake module receives it.
 */
class IntakeFormTests {

	@Test
	void defaultsToAComplaintByHotline() {
		CaseRequest request = new IntakeForm().toRequest();

		assertThat(request.type()).isEqualTo("COMPLAINT");
		assertThat(request.channel()).isEqualTo("HOTLINE");
		assertThat(request.receivedAt()).isNull();
		assertThat(request.complainant()).isNull();
		assertThat(request.respondent()).isNull();
		assertThat(request.amount()).isNull();
	}

	@Test
	void readsALocalReceiptTimeAsBeijingTime() {
		IntakeForm form = new IntakeForm();
		form.setReceivedAt("2026-10-09T09:30");
		assertThat(form.toRequest().receivedAt()).isEqualTo("2026-10-09T09:30:00+08:00");

		form.setReceivedAt("2026-10-09T09:30:15");
		assertThat(form.toRequest().receivedAt()).isEqualTo("2026-10-09T09:30:15+08:00");
	}

	@Test
	void passesOtherReceiptTextOnForTheModuleToJudge() {
		IntakeForm form = new IntakeForm();
		form.setReceivedAt("2026-10-09T01:30:00Z");
		assertThat(form.toRequest().receivedAt()).isEqualTo("2026-10-09T01:30:00Z");

		form.setReceivedAt("yesterday");
		assertThat(form.toRequest().receivedAt()).isEqualTo("yesterday");
	}

	@Test
	void trimsValuesAndDropsBlankOnes() {
		IntakeForm form = new IntakeForm();
		form.getComplainant().setName("  王小明 ");
		form.getComplainant().setPhone(" ");
		form.setFacts("\t");

		CaseRequest request = form.toRequest();

		assertThat(request.complainant().name()).isEqualTo("王小明");
		assertThat(request.complainant().phone()).isNull();
		assertThat(request.facts()).isNull();
	}

	@Test
	void namesAPlatformOnlyWhenOneIsGiven() {
		IntakeForm form = new IntakeForm();
		form.getRespondent().setName("某网店");
		assertThat(form.toRequest().respondent().platform()).isNull();

		form.getRespondent().getPlatform().setName("某电商平台");
		form.getRespondent().getPlatform().setDivisionCode("330106");
		CaseRequest.PlatformRequest platform = form.toRequest().respondent().platform();
		assertThat(platform.name()).isEqualTo("某电商平台");
		assertThat(platform.divisionCode()).isEqualTo("330106");
	}

	@Test
	void readsAmountsWithThousandsSeparators() {
		IntakeForm form = new IntakeForm();
		form.setAmount("1,299.50");
		assertThat(form.toRequest().amount()).isEqualByComparingTo(new BigDecimal("1299.50"));
	}

	@Test
	void turnsAnAmountThatIsNoNumberIntoOneTheModuleRejects() {
		IntakeForm form = new IntakeForm();
		form.setAmount("一千元");

		assertThat(form.toRequest().amount().signum()).isNegative();
		assertThat(form.getAmount()).isEqualTo("一千元");
	}
}
