package com.rootline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.rootline.contact.ContactReader;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * What each layer of a point query costs, one request at a time, in one JVM with the service and
 * Neo4j. The rungs are: an HTTP request with no GraphQL (the health probe), a GraphQL request with
 * no resolver, {@code contact(id)} through GraphQL, the same read through {@link ContactReader} in
 * process, and its statement through the driver, auto-commit and in a managed transaction. The
 * differences between rungs are the layers' costs. Writes {@code target/benchmark/request-cost.md}:
 *
 * <pre>./mvnw test -Drootline.excludedGroups=none -Dgroups=benchmark -Dtest=RequestCostBenchmark</pre>
 */
@Tag("benchmark")
@TestPropertySource(properties = { "rootline.security.token-cache=10s", "logging.level.com.rootline=warn" })
class RequestCostBenchmark extends IntegrationTest {

	private static final int CONTACTS = 200;

	private static final int ROUNDS = 3;

	private static final int REQUESTS = 3_000;

	private static final int WARM_UP = 3_000;

	@FunctionalInterface
	private interface Call {

		void run(String contactId) throws Exception;

	}

	private record Rung(String name, Call call) {
	}

	@Autowired
	private ContactReader reader;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final Random random = new Random(42);

	@Test
	void costPerLayer() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < CONTACTS; i++) {
			String id = ok(BROKER, """
					mutation($last: String!, $email: String!, $phone: String!) { createContact(input: {firstName: "Ann",
					  lastName: $last, emails: [{address: $email}], phones: [{number: $phone}]}) { contact { id } } }""",
					Map.of("last", "Lee" + i, "email", "ann" + i + "@example.com", "phone",
							String.format("+1 415 555 %04d", i))).at("createContact.contact.id").asString();
			assertThat(id).as("contact %d created", i).isNotEmpty();
			ids.add(id);
		}
		HttpRequest health = HttpRequest.newBuilder(http.uri("/actuator/health/liveness")).GET().build();
		String own = "query($id: ID!) { contact(id: $id) { id displayName } }";
		String full = "query($id: ID!) { contact(id: $id) { id displayName emails { address } phones { number } } }";
		String ownQuery = queries.get("contact/own-by-ids");
		Rung ownThroughGraphQl = new Rung("GraphQL `contact(id)`, own properties (+ resolver, one read)",
				id -> check(http.post(VIEWER, own, Map.of("id", id)).at("contact.id").asString(), id));
		Rung autoCommit = new Rung("driver, auto-commit statement", id -> {
			try (var session = driver.session()) {
				check(session.run(ownQuery, Map.of("ids", List.of(id))).single().get("contact").get("id").asString(), id);
			}
		});
		List<Rung> rungs = List.of(
				new Rung("GET /actuator/health/liveness (servlet container, filters)", id -> http.send(health)),
				new Rung("GraphQL `{ __typename }` (+ token, GraphQL engine)", id -> http.post(VIEWER, "{ __typename }", null)),
				ownThroughGraphQl,
				new Rung("GraphQL `contact(id)` with e-mails and phones",
						id -> check(http.post(VIEWER, full, Map.of("id", id)).at("contact.id").asString(), id)),
				new Rung("`ContactReader`, own properties, in process (no HTTP, no GraphQL)",
						id -> check(reader.findAll(List.of(id), ContactReader.Depth.OWN).get(id).id(), id)),
				autoCommit,
				new Rung("driver, managed read transaction", id -> {
					try (var session = driver.session()) {
						check(session.executeRead(tx -> tx.run(ownQuery, Map.of("ids", List.of(id))).single())
							.get("contact").get("id").asString(), id);
					}
				}));

		double[][] wall = new double[rungs.size()][ROUNDS];
		double[][] cpu = new double[rungs.size()][ROUNDS];
		for (Rung rung : rungs) {
			for (int i = 0; i < WARM_UP; i++) {
				rung.call().run(ids.get(random.nextInt(ids.size())));
			}
		}
		// Rungs alternate within each round, so drift on this shared machine spreads over all of them.
		for (int round = 0; round < ROUNDS; round++) {
			for (int r = 0; r < rungs.size(); r++) {
				double[] figures = measure(rungs.get(r).call(), ids);
				wall[r][round] = figures[0];
				cpu[r][round] = figures[1];
			}
		}

		double floor = median(wall[rungs.indexOf(autoCommit)]);
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "%d requests per rung and round, %d rounds, medians; %d contacts; "
				+ "%d cores. Server CPU is the process's CPU time minus the calling thread's and the HTTP "
				+ "client's.%n%n", REQUESTS, ROUNDS, CONTACTS, Runtime.getRuntime().availableProcessors()));
		out.append("| Rung | wall µs/request | server CPU µs/request | wall ÷ auto-commit statement |\n|---|---|---|---|\n");
		for (int r = 0; r < rungs.size(); r++) {
			double w = median(wall[r]);
			out.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f |%n", rungs.get(r).name(), w,
					median(cpu[r]), w / floor));
		}
		Path file = Path.of("target/benchmark/request-cost.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, out);
		System.out.println(out);
		assertThat(median(wall[rungs.indexOf(ownThroughGraphQl)])).as("a point query through GraphQL costs more than its statement").isGreaterThan(floor);
	}

	/** Wall time and server CPU time per request, in microseconds. */
	private double[] measure(Call call, List<String> ids) throws Exception {
		long cpu0 = serverCpu();
		long t0 = System.nanoTime();
		for (int i = 0; i < REQUESTS; i++) {
			call.run(ids.get(random.nextInt(ids.size())));
		}
		long wall = System.nanoTime() - t0;
		long cpu = serverCpu() - cpu0;
		return new double[] { wall / 1e3 / REQUESTS, cpu / 1e3 / REQUESTS };
	}

	private long serverCpu() {
		long client = threads.getCurrentThreadCpuTime();
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith("HttpClient")) {
				client += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() - client;
	}

	private static void check(String read, String expected) {
		if (!expected.equals(read)) {
			throw new IllegalStateException("Read " + read + " instead of " + expected);
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
