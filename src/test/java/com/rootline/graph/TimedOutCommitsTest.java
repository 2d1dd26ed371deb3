package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction the database ended for running past its timeout, found out only at its commit (the
 * writer's last work, before the commit, took too long): the failure is a timeout, which the API
 * answers TIMEOUT and background steps retry, and nothing of it was stored.
 */
class TimedOutCommitsTest extends IntegrationTest {

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aCommitPastTheTimeoutIsATimeout() {
		TransactionTemplate oneSecond = new TransactionTemplate(transactions);
		oneSecond.setTimeout(1);
		assertThatThrownBy(() -> oneSecond.executeWithoutResult(status -> {
			neo4j.query("CREATE (:TimedOutWrite {id: 'late'})").run();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					try {
						// Past the timeout and the database's next check for transactions that ran past theirs.
						Thread.sleep(4_000);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
			});
		})).isInstanceOf(TransactionTimedOutException.class).satisfies(ex -> assertThat(Retries.isTimeout(ex)).isTrue());
		assertThat(count("MATCH (n:TimedOutWrite) RETURN count(n)")).isZero();

		TransactionTemplate inTime = new TransactionTemplate(transactions);
		inTime.setTimeout(5);
		inTime.executeWithoutResult(status -> neo4j.query("CREATE (:TimedOutWrite {id: 'in time'})").run());
		assertThat(count("MATCH (n:TimedOutWrite) RETURN count(n)")).isOne();
	}

}
