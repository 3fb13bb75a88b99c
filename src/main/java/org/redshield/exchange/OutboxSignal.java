package org.redshield.exchange;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

/**
 * Wakes the delivery worker when a transaction that wrote outbox messages commits, so that feedback leaves at once
 * instead of at the next poll.
 */
@Component
class OutboxSignal {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = lock.newCondition();

	private long generation;

	void signal() {
		lock.lock();
		try {
			generation++;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	long generation() {
		lock.lock();
		try {
			return generation;
		}
		finally {
			lock.unlock();
		}
	}

	/** Waits until a signal after {@code seen} or the timeout; returns at once if one came already. */
	void await(long seen, long timeoutMillis) throws InterruptedException {
		long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
		lock.lock();
		try {
			while (generation == seen && nanos > 0) {
				nanos = changed.awaitNanos(nanos);
			}
		}
		finally {
			lock.unlock();
		}
	}
}
