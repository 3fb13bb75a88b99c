package org.redshield.exchange;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers outbox messages (投递): one loop claims due messages and hands each to a pool of at most
 * {@code concurrency} senders; a delivery's result is written with the lease token of its claim. Nothing is kept in
 * memory between polls: a worker that dies (or an instance that is killed) leaves its claimed messages leased, and
 * when the lease runs out any worker — this one after a restart, or another instance — delivers them again with the
 * same idempotency key. Started and stopped with the application.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final AtomicInteger INSTANCES = new AtomicInteger();

	private final Outbox outbox;

	private final Partners partners;

	private final Callbacks callbacks;

	private final OutboxSignal signal;

	private final ExchangeProperties properties;

	private final Clock clock;

	private final String name;

	private final Semaphore permits;

	private volatile boolean running;

	private Thread loop;

	private ExecutorService senders;

	DeliveryWorker(Outbox outbox, Partners partners, Callbacks callbacks, OutboxSignal signal,
			ExchangeProperties properties, Clock clock) {
		this.outbox = outbox;
		this.partners = partners;
		this.callbacks = callbacks;
		this.signal = signal;
		this.properties = properties;
		this.clock = clock;
		this.name = ManagementFactory.getRuntimeMXBean().getName() + "#" + INSTANCES.incrementAndGet();
		this.permits = new Semaphore(properties.concurrency());
	}

	String name() {
		return name;
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		AtomicInteger n = new AtomicInteger();
		senders = Executors.newFixedThreadPool(properties.concurrency(), r -> {
			Thread t = new Thread(r, "exchange-send-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		loop = new Thread(this::poll, "exchange-delivery");
		loop.setDaemon(true);
		loop.start();
		log.info("Exchange delivery worker {} started ({} senders, poll every {})", name, properties.concurrency(),
				properties.pollInterval());
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		loop.interrupt();
		senders.shutdown();
		try {
			loop.join(properties.requestTimeout().toMillis() + 2000);
			if (!senders.awaitTermination(properties.requestTimeout().toMillis() + 2000, TimeUnit.MILLISECONDS)) {
				senders.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			senders.shutdownNow();
		}
		log.info("Exchange delivery worker {} stopped", name);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void poll() {
		while (running) {
			long seen = signal.generation();
			int wanted = Math.min(permits.availablePermits(), properties.batchSize());
			List<Outbox.Claimed> claimed = List.of();
			try {
				claimed = wanted == 0 ? List.of() : outbox.claim(wanted, name);
			}
			catch (RuntimeException ex) {
				log.warn("Could not claim outbox messages: {}", ex.getMessage());
			}
			for (Outbox.Claimed message : claimed) {
				permits.acquireUninterruptibly();
				try {
					senders.execute(() -> {
						try {
							deliver(message);
						}
						finally {
							permits.release();
							signal.signal();
						}
					});
				}
				catch (RuntimeException rejected) {
					// stopping: the message stays leased and is taken again when its lease runs out
					permits.release();
				}
			}
			if (claimed.size() < wanted || wanted == 0) {
				try {
					signal.await(seen, properties.pollInterval().toMillis());
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}
	}

	/** One attempt at one message, its outcome recorded; a failure to record leaves the lease to run out. */
	void deliver(Outbox.Claimed message) {
		Instant started = clock.instant();
		long t0 = System.nanoTime();
		try {
			Partner partner = partners.find(message.partnerCode()).orElse(null);
			Callbacks.Outcome outcome = partner == null
					? new Callbacks.Outcome(null, "No partner hotline " + message.partnerCode() + " any more.", null)
					: callbacks.send(partner, message);
			int ms = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
			if (outcome.delivered()) {
				outbox.delivered(message, started, ms, outcome.status(), outcome.response(), name);
			}
			else {
				Outbox.Status status = outbox.failed(message, started, ms, outcome.status(), outcome.error(),
						outcome.response(), name);
				if (status == Outbox.Status.FAILED) {
					log.warn("Message {} to {} for case {} failed for good after {} attempts: {}", message.key(),
							message.partnerCode(), message.caseNumber(), message.attempts(), outcome.error());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the delivery of message {}: {}", message.key(), ex.getMessage());
		}
	}
}
