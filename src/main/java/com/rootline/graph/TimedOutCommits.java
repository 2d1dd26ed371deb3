package com.rootline.graph;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * The transaction manager Spring Data Neo4j makes, but for one thing. When the database has already
 * ended a transaction that ran past its timeout, its commit fails, the manager then tries to roll it
 * back, and that fails too ("Transaction must be open"): the rollback's IllegalStateException
 * replaces the commit's exception, and a timeout would answer INTERNAL. A commit that fails so after
 * the transaction's deadline is reported as the timeout it is (a {@link TransactionTimedOutException},
 * which {@link Retries#isTimeout} knows).
 */
final class TimedOutCommits implements PlatformTransactionManager {

	/** Wraps the application's transaction manager as it is made. */
	static BeanPostProcessor wrapping() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof AbstractPlatformTransactionManager manager ? new TimedOutCommits(manager) : bean;
			}
		};
	}

	private final AbstractPlatformTransactionManager delegate;

	/** Deadlines (System.nanoTime) of the transactions begun here and not yet ended, by their status. */
	private final Map<TransactionStatus, Long> deadlines = Collections.synchronizedMap(new WeakHashMap<>());

	TimedOutCommits(AbstractPlatformTransactionManager delegate) {
		this.delegate = delegate;
	}

	@Override
	public TransactionStatus getTransaction(TransactionDefinition definition) {
		long begun = System.nanoTime();
		TransactionStatus status = delegate.getTransaction(definition);
		int timeout = definition == null ? TransactionDefinition.TIMEOUT_DEFAULT : definition.getTimeout();
		if (timeout == TransactionDefinition.TIMEOUT_DEFAULT) {
			timeout = delegate.getDefaultTimeout();
		}
		if (status.isNewTransaction() && timeout > 0) {
			deadlines.put(status, begun + timeout * 1_000_000_000L);
		}
		return status;
	}

	@Override
	public void commit(TransactionStatus status) {
		Long deadline = deadlines.remove(status);
		try {
			delegate.commit(status);
		}
		catch (IllegalStateException ex) {
			if (deadline != null && System.nanoTime() - deadline >= 0) {
				throw new TransactionTimedOutException("The transaction ran past its timeout; the database ended it before its commit", ex);
			}
			throw ex;
		}
	}

	@Override
	public void rollback(TransactionStatus status) {
		deadlines.remove(status);
		delegate.rollback(status);
	}

}
