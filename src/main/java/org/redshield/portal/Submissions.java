package org.redshield.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.redshield.cases.Actor;
import org.redshield.cases.Case;
import org.redshield.cases.CaseType;
import org.redshield.cases.DeadlineStep;
import org.redshield.intake.Intake;
import org.redshield.organizations.Organization;
import org.redshield.organizations.Unit;
import org.redshield.portal.RateLimiter.Limit;
import org.redshield.shared.FieldError;
import org.redshield.shared.InvalidRequestException;

/**
 * Files an online submission: checks the attachments, registers the case through intake (N10, N28, routing),
 * issues the query code and stores the files — one transaction, so a refusal anywhere leaves nothing behind.
 */
@Service
class Submissions {

	/** The public, as the timeline names it. */
	static final Actor CONSUMER = new Actor("consumer", "消费者（网上）", null, Set.of(), false);

	static final String QUERY_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	/** What the receipt shows, once: the query code is not kept in clear anywhere. */
	record Receipt(String number, CaseType type, String queryCode, String handlingUnitName, LocalDate dueDate,
			DeadlineStep dueStep, int attachments) {
	}

	private final Intake intake;

	private final Attachments attachments;

	private final PortalSecret secret;

	private final RateLimiter limiter;

	private final PortalProperties properties;

	private final Organization organization;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SmsSender sms;

	private final MessageSource messages;

	Submissions(Intake intake, Attachments attachments, PortalSecret secret, RateLimiter limiter,
			PortalProperties properties, Organization organization, JdbcClient jdbc, Clock clock, SmsSender sms,
			MessageSource messages) {
		this.sms = sms;
		this.messages = messages;
		this.intake = intake;
		this.attachments = attachments;
		this.secret = secret;
		this.limiter = limiter;
		this.properties = properties;
		this.organization = organization;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Receipt submit(SubmissionForm form, String phone, List<Attachments.Upload> uploads, String clientAddress,
			Locale locale) {
		limiter.acquire(Limit.SUBMIT_PER_IP, clientAddress, properties.submissionsPerIp(), Duration.ofHours(1));
		limiter.check(Limit.SUBMIT_PER_PHONE, phone, properties.submissionsPerPhone(), Duration.ofDays(1));
		List<FieldError> errors = new ArrayList<>(form.problems());
		List<Attachments.Checked> files = attachments.check(uploads);
		Case registered;
		try {
			registered = intake.register(form.toRequest(phone), CONSUMER);
		}
		catch (InvalidRequestException ex) {
			errors.addAll(ex.errors());
			throw new InvalidRequestException(ex.getMessage(), errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The form has problems.", errors);
		}
		String code = PortalSecret.randomCode(8, QUERY_CODE_ALPHABET);
		jdbc.sql("""
				insert into portal_submission (case_number, query_code_hash, phone, language, odr_choice, submitted_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(registered.number(), secret.sign("query", registered.number() + ":" + code), phone,
					locale.toLanguageTag(), form.isOdr() ? "REQUESTED" : null, Timestamp.from(clock.instant()))
			.update();
		attachments.store(registered.number(), files);
		limiter.record(Limit.SUBMIT_PER_PHONE, phone);
		String text = messages.getMessage("portal.sms.receipt", new Object[] {
				messages.getMessage("type." + registered.type(), null, locale), registered.number(), code }, locale);
		// The receipt may be lost with the page: the number and code also go to the verified phone, once committed.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				sms.send(phone, text);
			}
		});
		String unit = registered.handlingUnitCode() == null ? null
				: organization.find(registered.handlingUnitCode()).map(Unit::name).orElse(null);
		boolean showDue = registered.type() == CaseType.COMPLAINT && registered.dueStep() == DeadlineStep.ACCEPTANCE;
		return new Receipt(registered.number(), registered.type(), code, unit, showDue ? registered.dueDate() : null,
				showDue ? registered.dueStep() : null, files.size());
	}
}
