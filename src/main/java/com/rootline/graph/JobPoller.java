package com.rootline.graph;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * A background job runner's thread: {@link #drain()} runs on one daemon thread every
 * {@code interval} (to find jobs whose runner died) and at once when woken (a job was just queued).
 * The jobs themselves are claimed with a lease in the graph by the runner, so any number of
 * instances may poll the same store.
 */
public abstract class JobPoller implements SmartLifecycle {

	private final String threadName;

	private final Duration interval;

	private volatile ScheduledExecutorService executor;

	protected JobPoller(String threadName, Duration interval) {
		this.threadName = threadName;
		this.interval = interval;
	}

	/** Claims and runs jobs until none is left; called on the poller's thread. */
	public abstract void drain();

	@Override
	public void start() {
		executor = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, threadName);
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(this::drain, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		executor.shutdownNow();
		executor = null;
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

	/** Looks for work now rather than at the next poll. */
	public void wake() {
		ScheduledExecutorService current = executor;
		if (current != null) {
			current.execute(this::drainWoken);
		}
	}

	/**
	 * What a wake runs: {@link #drain()}, unless a runner's poll also queues scheduled work, which
	 * belongs to the poll alone.
	 */
	protected void drainWoken() {
		drain();
	}

}
