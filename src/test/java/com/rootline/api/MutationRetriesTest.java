package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.rootline.graph.Retries;
import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;

/** The one retry of every mutation, without a server: answered at once or through a future. */
class MutationRetriesTest {

	private static final TransientException DEADLOCK = new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
			"deadlock");

	@Test
	void aTransientFailureRunsTheWholeFetcherAgainUntilItSucceeds() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		DataFetcher<String> twiceDeadlocked = env -> {
			if (calls.incrementAndGet() < 3) {
				throw DEADLOCK;
			}
			return "written";
		};
		assertThat(MutationRetries.attempt(twiceDeadlocked, null, 1)).isEqualTo("written");
		assertThat(calls).hasValue(3);
	}

	@Test
	void aFutureThatFailsTransientlyIsRetriedAsAFuture() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		DataFetcher<CompletableFuture<String>> async = env -> calls.incrementAndGet() < 3
				? CompletableFuture.failedFuture(DEADLOCK) : CompletableFuture.completedFuture("written");
		Object answer = MutationRetries.attempt(async, null, 1);
		assertThat(((CompletableFuture<?>) answer).get()).isEqualTo("written");
		assertThat(calls).hasValue(3);
	}

	@Test
	void otherFailuresAreNotRetriedAndTransientOnesStopAtTheLimit() {
		AtomicInteger calls = new AtomicInteger();
		DataFetcher<String> broken = env -> {
			calls.incrementAndGet();
			throw new IllegalStateException("a defect");
		};
		assertThatThrownBy(() -> MutationRetries.attempt(broken, null, 1)).isInstanceOf(IllegalStateException.class);
		assertThat(calls).hasValue(1);
		AtomicInteger forever = new AtomicInteger();
		DataFetcher<String> alwaysDeadlocked = env -> {
			forever.incrementAndGet();
			throw DEADLOCK;
		};
		assertThatThrownBy(() -> MutationRetries.attempt(alwaysDeadlocked, null, 1)).isSameAs(DEADLOCK);
		assertThat(forever).hasValue(Retries.ATTEMPTS);
	}

}
