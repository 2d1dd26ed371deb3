package com.rootline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import com.rootline.graph.CypherQueries;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A closed-loop load generator: {@code c} threads each send one request, wait for the answer and
 * send the next, for a fixed time. Latencies are recorded per request; server CPU is the process's
 * CPU time minus that of the load generator's own threads (its HTTP client, or for raw Cypher the
 * driver's I/O threads), divided by the requests served. Runs of GraphQL and raw Cypher alternate,
 * and the figures are medians over the rounds.
 */
final class LoadRunner {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * How long each run lasts, at which concurrencies, how many rounds, and the warm-up. With
	 * {@code highestOnly} each operation runs at only the highest of the concurrencies it allows:
	 * the smoke run's way of going through every operation, concurrently where it can, at half the
	 * time.
	 */
	record Plan(List<Integer> concurrencies, long runMillis, int rounds, int warmUpRequests, boolean highestOnly) {

		Plan(List<Integer> concurrencies, long runMillis, int rounds, int warmUpRequests) {
			this(concurrencies, runMillis, rounds, warmUpRequests, false);
		}

		List<Integer> concurrenciesOf(Operation operation) {
			List<Integer> allowed = concurrencies.stream().filter(c -> c <= operation.maxConcurrency()).toList();
			return highestOnly && !allowed.isEmpty() ? List.of(allowed.getLast()) : allowed;
		}

	}

	/** One request (or unit of work) of an operation, on the calling thread. */
	@FunctionalInterface
	interface Call {

		void run(Client client, Random random) throws Exception;

	}

	/** An operation; {@code wrk}, when set, is its GraphQL request as wrk sends it too. */
	record Operation(String name, int maxConcurrency, Call graphql, Call cypher, WrkRun.Request wrk) {

		static Operation of(String name, int maxConcurrency, Call graphql, Call cypher) {
			return new Operation(name, maxConcurrency, graphql, cypher, null);
		}

		/** An operation of one GraphQL request, which wrk sends as well. */
		static Operation of(String name, int maxConcurrency, WrkRun.Request graphql, Call cypher) {
			return new Operation(name, maxConcurrency, (c, r) -> c.graphql(graphql.query(), graphql.variables(r)),
					cypher, graphql);
		}

	}

	/** The figures of one run, medians over rounds. */
	record Figures(double p50, double p99, double throughput, double cpuMsPerRequest, long requests, long failures) {
	}

	record Row(String operation, int concurrency, Figures graphql, Figures cypher) {
	}

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final URI endpoint;

	private final String token;

	private final Driver driver;

	private final CypherQueries queries;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	LoadRunner(int port, String token, Driver driver, CypherQueries queries) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.token = token;
		this.driver = driver;
		this.queries = queries;
	}

	/** What a {@link Call} uses: the HTTP endpoint or the driver, and its thread's slice of the data. */
	final class Client {

		private final int thread;

		private final int threadCount;

		Client(int thread, int threadCount) {
			this.thread = thread;
			this.threadCount = threadCount;
		}

		/** A random index in {@code [0, n)} that belongs to this thread alone. */
		int slice(Random random, int n) {
			int per = Math.max(1, n / threadCount);
			return Math.min(n - 1, thread * per + random.nextInt(per));
		}

		void graphql(String query, Map<String, Object> variables) throws Exception {
			graphql(query, variables, null);
		}

		/** Sends the request; fails on an HTTP error, a GraphQL error, or user errors at {@code userErrorsPath}. */
		JsonNode graphql(String query, Map<String, Object> variables, String userErrorsPath) throws Exception {
			Map<String, Object> body = new HashMap<>();
			body.put("query", query);
			body.put("variables", variables);
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = JSON.readTree(response.body());
			if (response.statusCode() != 200 || json.has("errors")) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			if (userErrorsPath != null && !json.at("/data/" + userErrorsPath.replace('.', '/')).isEmpty()) {
				throw new IllegalStateException(response.body());
			}
			return json;
		}

		/** A GET without a token (a calendar app's request); fails unless it answers 200. */
		String get(String path) throws Exception {
			return get(path, null, 200);
		}

		/** A GET without a token, with {@code If-None-Match} when given; fails unless it answers {@code status}. */
		String get(String path, String ifNoneMatch, int status) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path)).GET();
			if (ifNoneMatch != null) {
				request.header("If-None-Match", ifNoneMatch);
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != status) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			return response.body();
		}

		/** A POST without a token (a web form's); fails unless it answers {@code status}. */
		String post(String path, String contentType, String body, int status) throws Exception {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve(path))
				.header("Content-Type", contentType)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != status) {
				throw new IllegalStateException(response.statusCode() + " " + response.body());
			}
			return response.body();
		}

		String graphqlValue(String query, Map<String, Object> variables, String path) throws Exception {
			return graphql(query, variables, null).at("/data/" + path.replace('.', '/')).asString();
		}

		/**
		 * Runs a named read as an auto-commit statement: the least the driver can do for it, so the
		 * floor the service is measured against (an explicit transaction adds begin and commit).
		 */
		void read(String name, Map<String, Object> params) {
			try (var session = driver.session()) {
				session.run(queries.get(name), params).list();
			}
		}

		void write(String cypher, Map<String, Object> params) {
			try (var session = driver.session()) {
				session.executeWrite(tx -> tx.run(cypher, params).consume());
			}
		}

		/** Runs a write that returns one number, such as the new version. */
		int writeInt(String cypher, Map<String, Object> params) {
			try (var session = driver.session()) {
				return session.executeWrite(tx -> tx.run(cypher, params).single().get(0).asInt());
			}
		}

		/**
		 * What the service runs for a first tree page of today's tree: one statement for the count and
		 * the page, carrying the contacts' own properties; a page that shows phones or e-mails reads its
		 * contacts with {@code contact/by-ids} after it. Each statement auto-commits, as in {@link #read}.
		 */
		void treePage(String rootId, boolean withPhones) {
			Map<String, Object> tree = new HashMap<>();
			tree.put("rootId", rootId);
			tree.put("maxDepth", 20);
			tree.put("limit", 101);
			tree.put("after", null);
			tree.put("withContacts", !withPhones);
			try (var session = driver.session()) {
				List<Object> ids = session.run(queries.get("referral/tree-now"), tree)
					.single()
					.get("page")
					.asList(row -> row.get("id").asObject());
				if (withPhones) {
					session.run(queries.get("contact/by-ids"), Map.of("ids", ids)).list();
				}
			}
		}

	}

	/**
	 * The JIT needs many requests through the whole stack before latencies settle. With a few rounds
	 * only, every GraphQL figure came out 2-3 times too high; with 2,000 requests, the first operation
	 * measured (get contact) still ran at half the rate it reached after 20,000, while the JIT compiled.
	 */
	void warmUp(List<Operation> operations, int requests) {
		Client client = new Client(0, 1);
		Random random = new Random(1);
		// Heavy reports (those not run at high concurrency) once; the point queries the bulk of it.
		if (operations.isEmpty()) {
			return;
		}
		List<Operation> light = operations.stream().filter(op -> op.maxConcurrency() >= 16).toList();
		if (light.isEmpty()) {
			light = operations;
		}
		List<Operation> sequence = new ArrayList<>(operations);
		for (int i = 0; i < requests; i++) {
			sequence.add(light.get(i % light.size()));
		}
		// At a million contacts some "light" operations take seconds: the warm-up stops after 150 s.
		long until = System.nanoTime() + 150_000_000_000L;
		for (int i = 0; i < sequence.size() && (i < operations.size() || System.nanoTime() < until); i++) {
			Operation op = sequence.get(i);
			try {
				op.graphql().run(client, random);
				op.cypher().run(client, random);
			}
			catch (Exception first) {
				// An operation's first request plans its statements cold and may outlive a short
				// transaction timeout on a busy machine; a second failure is the operation's own.
				try {
					op.graphql().run(client, random);
					op.cypher().run(client, random);
				}
				catch (Exception again) {
					again.addSuppressed(first);
					throw new IllegalStateException("Warm-up of '" + op.name() + "' failed twice", again);
				}
			}
		}
	}

	List<Row> measure(Operation operation, Plan plan) {
		List<Row> rows = new ArrayList<>();
		for (int concurrency : plan.concurrenciesOf(operation)) {
			List<Figures> graphql = new ArrayList<>();
			List<Figures> cypher = new ArrayList<>();
			for (int round = 0; round < plan.rounds(); round++) {
				graphql.add(load(operation.graphql(), concurrency, plan.runMillis(), n -> n.startsWith("HttpClient")));
				cypher.add(load(operation.cypher(), concurrency, plan.runMillis(), n -> n.startsWith("Neo4jDriverIO")));
			}
			rows.add(new Row(operation.name(), concurrency, median(graphql), median(cypher)));
		}
		return rows;
	}

	private Figures load(Call call, int concurrency, long millis, Predicate<String> clientThreads) {
		List<long[]> latencies = new ArrayList<>();
		AtomicLong failures = new AtomicLong();
		AtomicLong loadCpu = new AtomicLong();
		CyclicBarrier start = new CyclicBarrier(concurrency + 1);
		CyclicBarrier end = new CyclicBarrier(concurrency + 1);
		long[] deadline = new long[1];
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < concurrency; t++) {
			long[][] mine = { new long[1024] };
			int[] count = { 0 };
			Client client = new Client(t, concurrency);
			Random random = new Random(1000L * concurrency + t);
			workers.add(Thread.ofPlatform().name("bench-load-" + t).start(() -> {
				try {
					start.await();
					long cpu0 = threads.getCurrentThreadCpuTime();
					while (System.nanoTime() < deadline[0]) {
						long a = System.nanoTime();
						try {
							call.run(client, random);
						}
						catch (Exception ex) {
							if (failures.getAndIncrement() == 0) {
								System.err.println("BENCH first failure: " + ex.getMessage());
							}
						}
						if (count[0] == mine[0].length) {
							mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
						}
						mine[0][count[0]++] = System.nanoTime() - a;
					}
					loadCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
					synchronized (latencies) {
						latencies.add(Arrays.copyOf(mine[0], count[0]));
					}
					end.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}));
		}
		try {
			long process0 = processCpu();
			long client0 = cpuOf(clientThreads);
			deadline[0] = System.nanoTime() + millis * 1_000_000;
			long t0 = System.nanoTime();
			start.await();
			end.await();
			long elapsed = System.nanoTime() - t0;
			long serverCpu = processCpu() - process0 - loadCpu.get() - (cpuOf(clientThreads) - client0);
			for (Thread worker : workers) {
				worker.join();
			}
			long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
			return new Figures(percentile(all, 0.50), percentile(all, 0.99), all.length / (elapsed / 1e9),
					all.length == 0 ? 0 : serverCpu / 1e6 / all.length, all.length, failures.get());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private long cpuOf(Predicate<String> names) {
		long total = 0;
		long[] ids = threads.getAllThreadIds();
		ThreadInfo[] infos = threads.getThreadInfo(ids);
		for (int i = 0; i < ids.length; i++) {
			if (infos[i] != null && names.test(infos[i].getThreadName())) {
				total += Math.max(0, threads.getThreadCpuTime(ids[i]));
			}
		}
		return total;
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	private static Figures median(List<Figures> rounds) {
		return new Figures(median(rounds, Figures::p50), median(rounds, Figures::p99), median(rounds, Figures::throughput),
				median(rounds, Figures::cpuMsPerRequest), rounds.stream().mapToLong(Figures::requests).sum(),
				rounds.stream().mapToLong(Figures::failures).sum());
	}

	private static double median(List<Figures> rounds, ToDoubleFunction<Figures> value) {
		double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
		return values[values.length / 2];
	}

	static String table(BenchData.Shape data, Plan plan, List<Row> rows) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("Data: %,d contacts (%,d roots), %,d closed deals, loaded in %.1f s (%,.0f contacts/s). "
				+ "Runs of %d ms, %d rounds, medians; %d warm-up requests.%n%n", data.contacts(), data.roots(), data.deals(),
				data.loadMs() / 1000.0, data.contactsPerSecond(), plan.runMillis(), plan.rounds(), plan.warmUpRequests()));
		out.append(String.format("Java %s, %d cores, collectors: %s, heap at most %,d MiB.%n%n", Runtime.version().feature(),
				Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList(),
				Runtime.getRuntime().maxMemory() >> 20));
		out.append("| Operation | c | GraphQL p50 ms | p99 ms | req/s | server CPU-ms/req | Cypher p50 ms | p99 ms | req/s "
				+ "| server CPU-ms/req | GraphQL ÷ Cypher (p50) |\n");
		out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
		for (Row r : rows) {
			out.append(String.format("| %s | %d | %s | %s | %,.0f | %s | %s | %s | %,.0f | %s | %.2f |%n", r.operation(),
					r.concurrency(), ms(r.graphql().p50()), ms(r.graphql().p99()), r.graphql().throughput(),
					ms(r.graphql().cpuMsPerRequest()), ms(r.cypher().p50()), ms(r.cypher().p99()), r.cypher().throughput(),
					ms(r.cypher().cpuMsPerRequest()), r.graphql().p50() / Math.max(1e-9, r.cypher().p50())));
			if (r.graphql().failures() + r.cypher().failures() > 0) {
				out.append(String.format("| ↳ failed requests: %d GraphQL, %d Cypher |%n", r.graphql().failures(),
						r.cypher().failures()));
			}
		}
		return out.toString();
	}

	private static String ms(double value) {
		return value >= 100 ? String.format("%,.0f", value) : value >= 10 ? String.format("%.1f", value)
				: String.format("%.2f", value);
	}

}
