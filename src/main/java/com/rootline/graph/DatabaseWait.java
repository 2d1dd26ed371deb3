package com.rootline.graph;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up waits for the database before it migrates: a store recovering after a crash, or a
 * cluster without a leader yet, answers "unavailable" for a while, and a service that gave up at the
 * first refusal had to be restarted by hand. Progress goes to the log; past the deadline start-up
 * fails with one sentence saying what it waited for.
 */
final class DatabaseWait {

	private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);

	private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

	private DatabaseWait() {
	}

	static void until(Driver driver, Duration limit) {
		long start = System.nanoTime();
		long deadline = start + limit.toNanos();
		long nextReport = start + REPORT_EVERY.toNanos();
		for (int attempt = 1;; attempt++) {
			try (Session session = driver.session()) {
				session.run("RETURN 1").consume();
				if (attempt > 1) {
					log.info("The database answers after {} s", (System.nanoTime() - start) / 1_000_000_000);
				}
				return;
			}
			catch (ServiceUnavailableException | SessionExpiredException | TransientException ex) {
				// unavailable for now: wait below
			}
			catch (ClientException ex) {
				if (!isUnavailable(ex)) {
					throw ex;
				}
			}
			long now = System.nanoTime();
			if (now > deadline) {
				throw new IllegalStateException("The database did not become available within " + limit.toSeconds()
						+ " s (rootline.neo4j.startup-wait); it may still be recovering: start the service again later");
			}
			if (now > nextReport) {
				log.info("Waiting for the database to become available ({} s so far, at most {} s)",
						(now - start) / 1_000_000_000, limit.toSeconds());
				nextReport = now + REPORT_EVERY.toNanos();
			}
			try {
				Thread.sleep(Math.min(1_000, 50L << Math.min(attempt, 5)));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the database", interrupted);
			}
		}
	}

	/** The pool gave up acquiring a connection, or the database is not started yet. */
	private static boolean isUnavailable(ClientException ex) {
		String code = ex.code() == null ? "" : ex.code();
		return code.startsWith("Neo.TransientError") || code.equals("Neo.ClientError.Database.DatabaseNotFound")
				|| code.equals("Neo.ClientError.Database.DatabaseUnavailable") || code.isEmpty();
	}

}
