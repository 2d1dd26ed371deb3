package com.rootline.graph;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The thread of a background job runner: runs {@code drain} on one daemon thread every
 * {@code interval} (to find jobs whose runner died) and at once when woken (a job was just queued).
 * The jobs themselves are claimed with a lease in the graph by the runner, so any number of
 * instances may poll the same store.
 */
public final class JobPoller {

	private final String threadName;

	private final Duration interval;

	private final Runnable drain;

	private volatile ScheduledExecutorService executor;

	public JobPoller(String threadName, Duration interval, Runnable drain) {
		this.threadName = threadName;
		this.interval = interval;
		this.drain = drain;
	}

	public void start() {
		executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, threadName);
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(drain, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	public void stop() {
		executor.shutdownNow();
		executor = null;
	}

	public boolean isRunning() {
		return executor != null;
	}

	/** Looks for work now rather than at the next poll. */
	public void wake() {
		ScheduledExecutorService current = executor;
		if (current != null) {
			current.execute(drain);
		}
	}

}
