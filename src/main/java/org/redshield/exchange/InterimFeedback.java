package org.redshield.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.redshield.organizations.Organization;

/**
 * The interim notice (阶段性反馈): when a work order's feedback date arrives and its case is not finished, the partner
 * is told where it stands, once, if its rule asks for it — the partner's deadline is met even when the case's own
 * clocks (60 days of mediation, 15+15 working days of verification) run longer. Safe on several instances: each work
 * order is claimed with {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction as its message.
 */
@Component
class InterimFeedback {

	private final JdbcClient jdbc;

	private final Partners partners;

	private final Outbox outbox;

	private final Organization organization;

	private final TransactionTemplate transactions;

	private final Clock clock;

	InterimFeedback(JdbcClient jdbc, Partners partners, Outbox outbox, Organization organization,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.partners = partners;
		this.outbox = outbox;
		this.organization = organization;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${redshield.exchange.interim-check-interval:PT30M}", initialDelayString = "PT1M")
	void scheduled() {
		while (sweep(LocalDate.now(clock)) > 0) {
			// until no work order is due
		}
	}

	private record Due(String caseNumber, String partnerCode, String partnerOrderNumber, LocalDate feedbackDueDate,
			String status, String statusNotes, String handlingUnitCode) {
	}

	/** Sends the interim notices due by {@code today}, a batch at a time; returns how many work orders it handled. */
	int sweep(LocalDate today) {
		Integer handled = transactions.execute(tx -> {
			List<Due> due = jdbc.sql("""
					select case_number, partner_code, partner_order_number, feedback_due_date, status, status_notes,
					       handling_unit_code
					from exchange_work_order
					where feedback_due_date <= ? and interim_sent_at is null
					  and status not in ('CLOSED', 'WITHDRAWN', 'TRANSFERRED_OUT')
					order by feedback_due_date limit 200 for update skip locked""")
				.param(today)
				.query((rs, i) -> new Due(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7)))
				.list();
			for (Due d : due) {
				partners.find(d.partnerCode())
					.filter(p -> p.connected() && p.rule().interimFeedback())
					.ifPresent(p -> outbox.enqueue(p.unitCode(), d.caseNumber(), Outbox.Kind.INTERIM, "case.progress",
							clock.instant(), fields(d)));
				jdbc.sql("update exchange_work_order set interim_sent_at = ? where case_number = ?")
					.params(Timestamp.from(clock.instant()), d.caseNumber())
					.update();
			}
			return due.size();
		});
		return handled == null ? 0 : handled;
	}

	private Map<String, Object> fields(Due d) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("partnerOrderNumber", d.partnerOrderNumber());
		fields.put("status", d.status());
		fields.put("note", d.statusNotes());
		fields.put("handlingUnit", organization.find(d.handlingUnitCode()).map(u -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", u.code());
			m.put("name", u.name());
			return m;
		}).orElse(null));
		fields.put("feedbackDueDate", d.feedbackDueDate().toString());
		return fields;
	}
}
