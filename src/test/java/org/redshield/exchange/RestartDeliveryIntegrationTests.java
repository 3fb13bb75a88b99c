package org.redshield.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform killed between commit and delivery, modelled in one JVM: the application's delivery worker is stopped
 * (from then on nothing of this instance delivers, as after a kill), moves are committed (their messages with them),
 * and one message is left exactly as a worker dying mid-delivery leaves it — claimed under a lease, already received
 * by the partner, its success never recorded — with its lease run out, as it has by the time a killed instance comes
 * back. A fresh worker instance, built like the one a restarted platform would create and sharing no memory with the
 * stopped one, then delivers everything; the partner processes every idempotency key exactly once, recognising the
 * redelivered one by its key. (Starting the packaged jar in a child process would need {@code mvn package} first and a
 * second database; the worker keeps no state outside the database, so a fresh instance is what a restart gives.)
 */
class RestartDeliveryIntegrationTests extends ExchangeTestSupport {

	static final String PARTNER = "TPRS";

	PartnerReceiver receiver;

	DeliveryWorker restarted;

	@BeforeEach
	void partner() {
		receiver = PartnerReceiver.start(SECRET);
		partnerUnit(PARTNER, "测试12345热线（重启）");
		connect(PARTNER, receiver.url(), null);
	}

	@AfterEach
	void restore() {
		if (restarted != null) {
			restarted.stop();
		}
		worker.start();
		receiver.close();
	}

	@Test
	void messagesCommittedWhileThePlatformIsDownAreDeliveredAfterARestartOncePerKey() {
		String token = token(PARTNER);
		worker.stop();
		assertThat(worker.isRunning()).isFalse();

		List<String> numbers = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Answer a = signedPost("/api/v1/exchange/work-orders", token, SECRET,
					workOrder("RS-" + UUID.randomUUID(), complaintInCongtai()));
			assertThat(a.status()).isEqualTo(201);
			String number = a.json().get("number").asString();
			post("/api/v1/cases/" + number + "/accept", "officer", null);
			post("/api/v1/cases/" + number + "/terminate-mediation", "officer", "{\"reason\":\"PARTY_REFUSED\"}");
			post("/api/v1/cases/" + number + "/close", "officer", null);
			numbers.add(number);
		}
		FeedbackDeliveryIntegrationTests.sleep(1000);
		assertThat(receiver.processed()).isEmpty();
		assertThat(pending()).isEqualTo(9);

		// a worker died in the middle of delivering the first message: claimed, received by the partner, not recorded
		Outbox.Claimed inFlight = claimAsADeadWorker(numbers.get(0));
		assertThat(callbacks.send(partners.get(PARTNER), inFlight).delivered()).isTrue();
		assertThat(receiver.timesSeen(inFlight.key().toString())).isEqualTo(1);
		// ... and by the time the platform is back its lease has run out
		jdbc.sql("update exchange_outbox set lease_until = ? where id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), inFlight.id())
			.update();

		restarted = new DeliveryWorker(outbox, partners, callbacks, signal, properties, clock);
		restarted.start();

		PartnerReceiver.await("all nine messages delivered", Duration.ofSeconds(30), () -> pending() == 0);
		for (String number : numbers) {
			assertThat(receiver.processedFor(number)).extracting(PartnerReceiver.Message::type)
				.containsExactly("case.accept", "case.terminate-mediation", "case.close");
		}
		List<String> keys = jdbc.sql("select message_key::text from exchange_outbox where partner_code = ?")
			.param(PARTNER)
			.query(String.class)
			.list();
		assertThat(receiver.processed()).extracting(PartnerReceiver.Message::key)
			.containsExactlyInAnyOrderElementsOf(keys)
			.doesNotHaveDuplicates();
		// the message that was in flight came twice, was recognised by its key and processed once
		assertThat(receiver.timesSeen(inFlight.key().toString())).isEqualTo(2);
		assertThat(keys).filteredOn(k -> !k.equals(inFlight.key().toString()))
			.allSatisfy(k -> assertThat(receiver.timesSeen(k)).isEqualTo(1));
		assertThat(jdbc.sql("select worker from exchange_delivery_attempt a join exchange_outbox o on o.id = a.outbox_id"
				+ " where o.partner_code = ?").param(PARTNER).query(String.class).list())
			.containsOnly(restarted.name());
	}

	private long pending() {
		return jdbc.sql("select count(*) from exchange_outbox where partner_code = ? and status <> 'DELIVERED'")
			.param(PARTNER)
			.query(Long.class)
			.single();
	}

	/** What a worker's claim leaves in the database: a lease token, a lease, one more attempt. */
	private Outbox.Claimed claimAsADeadWorker(String caseNumber) {
		return jdbc.sql("""
				update exchange_outbox set lease_until = now() + interval '1 minute', lease_token = gen_random_uuid(),
				    attempts = attempts + 1
				where case_number = ? and sequence = 1
				returning id, message_key, partner_code, case_number, sequence, event_type, payload, attempts,
				    lease_token, give_up_at""")
			.param(caseNumber)
			.query((rs, i) -> new Outbox.Claimed(rs.getLong("id"), rs.getObject("message_key", UUID.class),
					rs.getString("partner_code"), rs.getString("case_number"), rs.getInt("sequence"),
					rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"),
					rs.getObject("lease_token", UUID.class), rs.getTimestamp("give_up_at").toInstant()))
			.single();
	}
}
