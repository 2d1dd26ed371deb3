package com.rootline.graph;

import java.util.function.Supplier;

import org.neo4j.driver.exceptions.TransientException;

/**
 * Runs a whole transaction again when Neo4j aborts it for a transient reason, a deadlock between
 * two writers locking the same nodes in different orders being the usual one. Call it outside the
 * transaction, so that each attempt is a fresh one.
 */
public final class Retries {

	private static final int ATTEMPTS = 12;

	private Retries() {
	}

	public static <T> T onTransientFailure(Supplier<T> transaction) {
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (RuntimeException ex) {
				if (attempt == ATTEMPTS || !isTransient(ex)) {
					throw ex;
				}
				try {
					// Exponential back-off with jitter, so that the same two writers do not meet again at once.
					Thread.sleep((long) (Math.random() * Math.min(400, 5L << attempt)));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
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
