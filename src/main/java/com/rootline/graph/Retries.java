package com.rootline.graph;

import org.neo4j.driver.exceptions.TransientException;

/**
 * The one retry policy. A request's write runs again when Neo4j aborts it for a transient reason, a
 * deadlock between two writers locking the same nodes in different orders being the usual one:
 * every mutation, from {@code api/MutationRetries}, up to {@link #ATTEMPTS} times with
 * {@link #backOffMillis}. A background job's step (an import chunk, a page of an enrolment) also
 * runs again when it timed out or lost its connection, a few times and with longer pauses, since
 * nobody waits on it and a loaded machine can be slow for a while ({@link #jobStep}). Either runs
 * outside the transaction, so that each attempt is a fresh one.
 */
public final class Retries {

	/** How many times a request's write is tried in all. */
	public static final int ATTEMPTS = 12;

	private Retries() {
	}

	/** Exponential back-off with jitter, so that the same two writers do not meet again at once. */
	public static long backOffMillis(int attempt) {
		return (long) (Math.random() * Math.min(400, 5L << attempt));
	}

	/** Whether a request's write that failed so should run again, as a whole, in a new transaction. */
	public static boolean isTransientFailure(Throwable ex) {
		return isTransient(ex);
	}

	/**
	 * Runs a background job's step, again after a transient failure, a transaction timeout or a lost
	 * connection, at most {@code attempts} times with pauses of 1, 2, 4 … (at most 30) seconds.
	 * {@code step} receives the attempt number, starting at 1.
	 */
	public static <T> T jobStep(int attempts, java.util.function.IntFunction<T> step) {
		for (int attempt = 1;; attempt++) {
			try {
				return step.apply(attempt);
			}
			catch (RuntimeException ex) {
				if (attempt >= attempts || !isRetryableInBackground(ex)) {
					throw ex;
				}
				try {
					Thread.sleep(Math.min(30_000L, 1_000L << (attempt - 1)));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	static boolean isRetryableInBackground(Throwable ex) {
		if (isTransient(ex) || isTimeout(ex)) {
			return true;
		}
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof org.neo4j.driver.exceptions.ServiceUnavailableException
					|| t instanceof org.neo4j.driver.exceptions.SessionExpiredException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the work was stopped for running past its timeout: a query or transaction timeout, a
	 * transaction the database terminated, or one whose lock waits were stopped for that reason
	 * (LockClientStopped). The API answers these TIMEOUT; background steps run them again.
	 */
	public static boolean isTimeout(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof org.springframework.transaction.TransactionTimedOutException
					|| t instanceof org.springframework.dao.QueryTimeoutException) {
				return true;
			}
			if (t instanceof org.neo4j.driver.exceptions.Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().contains("TransactionTimedOut") || neo4j.code().endsWith("Terminated")
							|| neo4j.code().endsWith("LockClientStopped"))) {
				return true;
			}
		}
		return false;
	}

	static boolean isTransient(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof TransientException) {
				return true;
			}
			if (t instanceof org.springframework.dao.TransientDataAccessException) {
				return true;
			}
		}
		return false;
	}

}
