package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

/** Which failures are timeouts (TIMEOUT to a client, run again in the background), without a server. */
class RetriesTest {

	@Test
	void aTransactionStoppedWhileWaitingForLocksIsATimeoutWrappedOrNot() {
		// What a writer queued on tree locks past the transaction timeout gets, as Spring Data Neo4j wraps it.
		ClientException stopped = new ClientException("Neo.ClientError.Transaction.LockClientStopped",
				"The transaction has been terminated. Retry your operation in a new transaction");
		assertThat(Retries.isTimeout(stopped)).isTrue();
		assertThat(Retries.isTimeout(new InvalidDataAccessResourceUsageException(stopped.getMessage(), stopped))).isTrue();
		assertThat(Retries.isTimeout(new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"timed out"))).isTrue();
		assertThat(Retries.isRetryableInBackground(stopped)).isTrue();
	}

	@Test
	void otherFailuresAreNotTimeouts() {
		assertThat(Retries.isTimeout(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad Cypher"))).isFalse();
		assertThat(Retries.isTimeout(new IllegalStateException("a defect"))).isFalse();
		TransientException deadlock = new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
		assertThat(Retries.isTimeout(deadlock)).isFalse();
		assertThat(Retries.isTransientFailure(deadlock)).isTrue();
	}

}
