package com.rootline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.rootline.support.GraphQlHttp.Response;

/** Seeded writers on several threads at once, and a tally of how their writes came back. */
public final class ConcurrentWriters {

	/** One write of a thread; returns its outcome, as {@link #outcome} names them or as the test does. */
	@FunctionalInterface
	public interface Write {

		String run(int thread, Random random);

	}

	private ConcurrentWriters() {
	}

	/**
	 * Runs {@code writesOf(thread)} writes on each of {@code threads} threads at once, thread t with
	 * {@code new Random(seed + t)}, and returns how many writes came back with each outcome.
	 */
	public static Map<String, Integer> run(int threads, long seed, IntUnaryOperator writesOf, Write write)
			throws Exception {
		Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				Random random = new Random(seed + t);
				futures.add(pool.submit(() -> {
					for (int i = 0; i < writesOf.applyAsInt(thread); i++) {
						outcomes.computeIfAbsent(write.run(thread, random), k -> new AtomicInteger()).incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		Map<String, Integer> tally = new TreeMap<>();
		outcomes.forEach((k, v) -> tally.put(k, v.get()));
		return tally;
	}

	/**
	 * A mutation's outcome: TIMEOUT (a request that outlived its timeout, answered 200 or 503
	 * depending on where the timeout met it), "ERROR" and the body for any other failure, OK, or the
	 * code of its first user error.
	 */
	public static String outcome(Response r, String mutation) {
		if ("TIMEOUT".equals(r.errorCode())) {
			return "TIMEOUT";
		}
		if (r.status() != 200 || !r.errors().isMissingNode()) {
			return "ERROR " + r.body();
		}
		var userErrors = r.at(mutation + ".userErrors");
		return userErrors.isEmpty() ? "OK" : userErrors.get(0).path("code").asString();
	}

}
