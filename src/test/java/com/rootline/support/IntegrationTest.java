package com.rootline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.rootline.facts.GraphFacts;
import com.rootline.graph.CypherQueries;
import com.rootline.support.GraphQlHttp.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the running service: one Spring context (with a real HTTP port)
 * on the JVM's one Neo4j harness, shared by all test classes, with the data wiped before each
 * test. Migration history and seeded reference data survive the wipe. Such classes run one at a time;
 * classes with a store or JVM of their own run beside them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ResourceLock(IntegrationTest.SHARED_GRAPH)
public abstract class IntegrationTest {

	/** The lock every class on the shared service and graph holds: they run one at a time (see junit-platform.properties). */
	public static final String SHARED_GRAPH = "rootline-graph";

	/** Known API tokens, one per role, recreated before every test. */
	public static final String ADMIN = "rl_test_admin_token_000000000";

	public static final String BROKER = "rl_test_broker_token_00000000";

	public static final String AGENT = "rl_test_agent_token_000000000";

	public static final String MARKETING = "rl_test_marketing_token_00000";

	public static final String VIEWER = "rl_test_viewer_token_00000000";

	@Autowired
	protected Driver driver;

	@Autowired
	protected CypherQueries queries;

	@LocalServerPort
	protected int port;

	@Autowired
	private GraphFacts graphFacts;

	protected GraphQlHttp http;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("rootline.neo4j.uri", () -> TestNeo4j.boltUri().toString());
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", TestSmtp::port);
		registry.add("rootline.security.oidc.issuer-uri", TestOidc::issuer);
		registry.add("rootline.security.oidc.client-id", () -> TestOidc.CLIENT_ID);
	}

	@BeforeEach
	protected void resetData() {
		http = new GraphQlHttp(port);
		stopLastTestsMail();
		TestData.wipe(driver);
		TestSmtp.purge();
		TestData.createRoleTokens(driver, Map.of("ADMIN", ADMIN, "BROKER", BROKER, "AGENT", AGENT, "MARKETING",
				MARKETING, "VIEWER", VIEWER));
	}

	/**
	 * Sets the maintained tree facts (root outlet, tree keys) of the subtrees under these contacts,
	 * as the service does after each origin change, for test data written straight to the graph.
	 */
	protected void refreshTreeFacts(List<String> contactIds) {
		try (var session = driver.session()) {
			session.executeWrite(tx -> tx.run(queries.get("facts/refresh-tree-facts"), Map.of("contactIds", contactIds))
				.consume());
		}
	}

	/**
	 * For test data written straight to the graph: builds every maintained fact from scratch, as
	 * rebuildGraphFacts does ({@link GraphFacts}), and the shared household keys, as their migration does.
	 */
	protected void rebuildMaintainedFacts() {
		graphFacts.rebuild();
		rerunMigration("V013__gift_facts.cypher", statement -> statement.contains("coupleKey") || statement.contains("HouseholdKey"));
	}

	/**
	 * Every maintained tree fact as the writers left it equals the same fact rebuilt from scratch:
	 * root outlet and depth, tree keys (of contacts and of their deal parties), level counters,
	 * descendants, subtree values and (for contacts, whom gift plans score) the revenue per level;
	 * the channel ROI days, the deal, business mix, funnel, book and activity counters; then the touch counts.
	 */
	protected void assertMaintainedFactsTrue() {
		Map<String, Object> maintained = treeFacts();
		List<String> roiDays = roiDays();
		List<String> dealDays = dealDays();
		List<String> bookCounts = counters("BookCount");
		List<String> activityCounts = counters("ActivityCount");
		List<String> mixCounts = counters("MixCount");
		List<String> funnelCounts = counters("FunnelCount");
		rebuildMaintainedFacts();
		assertThat(treeFacts()).as("maintained tree facts against a rebuild").isEqualTo(maintained);
		assertThat(roiDays()).as("channel ROI days against a rebuild").isEqualTo(roiDays);
		assertThat(dealDays()).as("deal counters against a rebuild").isEqualTo(dealDays);
		assertThat(counters("BookCount")).as("book counters against a rebuild").isEqualTo(bookCounts);
		assertThat(counters("ActivityCount")).as("activity counters against a rebuild").isEqualTo(activityCounts);
		assertThat(counters("MixCount")).as("business mix counters against a rebuild").isEqualTo(mixCounts);
		assertThat(counters("FunnelCount")).as("funnel counters against a rebuild").isEqualTo(funnelCounts);
		assertTouchCountsTrue();
	}

	private List<String> dealDays() {
		try (var session = driver.session()) {
			return session.run("""
					MATCH (x:DealDay) WHERE x.created <> 0 OR x.underContract <> 0 OR x.closed <> 0
					WITH x.key + ' ' + toString(x.created) + ' ' + toString(x.underContract) + ' ' + toString(x.closed) AS entry
					ORDER BY entry
					RETURN collect(entry) AS entries""").single().get("entries").asList(v -> v.asString());
		}
	}

	/** Counters of a label kept as {key, n} and maybe revenueMinor (mix, book, activity), as sorted "key n revenue" entries. */
	private List<String> counters(String label) {
		try (var session = driver.session()) {
			return session.run("""
					MATCH (x:$($label)) WHERE x.n <> 0 OR x.revenueMinor <> 0
					WITH x.key + ' ' + toString(x.n) + coalesce(' ' + toString(x.revenueMinor), '') AS entry
					ORDER BY entry
					RETURN collect(entry) AS entries""", Map.of("label", label)).single().get("entries").asList(v -> v.asString());
		}
	}

	/**
	 * What {@code read} answers while the day and week counters are taken as counted in another zone
	 * than the deployment's, so that the reports read the graph itself (facts/CountedZone).
	 */
	protected <T> T withCountersOutOfZone(java.util.function.Supplier<T> read) {
		String zone;
		try (var session = driver.session()) {
			zone = session.run("MATCH (s:FactsState {id: 'day-counters'}) WITH s, s.zone AS zone "
					+ "SET s.zone = 'Pacific/Kiritimati' RETURN zone").single().get("zone").asString();
		}
		try {
			return read.get();
		}
		finally {
			try (var session = driver.session()) {
				session.run("MATCH (s:FactsState {id: 'day-counters'}) SET s.zone = $zone", Map.of("zone", zone)).consume();
			}
		}
	}

	private List<String> roiDays() {
		try (var session = driver.session()) {
			return session.run("""
					MATCH (r:RoiDay)
					UNWIND range(0, size(r.kinds) - 1) AS i
					WITH toString(r.on) + ' ' + r.kinds[i] + ' ' + r.outletIds[i] + ' ' + toString(r.depths[i]) + ' '
					     + toString(r.amounts[i]) + ' ' + toString(r.counts[i]) AS entry
					ORDER BY entry
					RETURN collect(entry) AS entries""").single().get("entries").asList(v -> v.asString());
		}
	}

	private Map<String, Object> treeFacts() {
		Map<String, Object> facts = new java.util.TreeMap<>();
		try (var session = driver.session()) {
			session.run("""
					MATCH (n) WHERE n:Contact OR n:Agent OR n:MediaOutlet
					RETURN n.id AS id, [n.rootOutletId, n.rootDepth, toString(n.rootLeadOn), n.treeKey,
					  CASE WHEN any(x IN n.levelCounts WHERE x <> 0) THEN n.levelCounts END,
					  CASE WHEN n.descendants <> 0 THEN n.descendants END, n.subtreeValueMinor,
					  CASE WHEN n:Contact AND any(x IN n.levelValuesMinor WHERE x <> 0) THEN n.levelValuesMinor END,
					  COLLECT { MATCH (n)-[p:PARTY_TO]->(d:Deal) RETURN [d.id, p.treeKey] ORDER BY d.id }] AS facts""")
				.forEachRemaining(r -> facts.put(r.get("id").asString(), r.get("facts").asObject()));
		}
		return facts;
	}

	/** Runs a migration's statements again: those that build maintained facts rebuild them. */
	protected void rerunMigration(String file) {
		rerunMigration(file, statement -> true);
	}

	/** Runs those of a migration's statements again that the filter keeps. */
	protected void rerunMigration(String file, java.util.function.Predicate<String> filter) {
		try (var session = driver.session()) {
			String migration = Files.readString(Path.of("cypher/migrations", file));
			for (String statement : migration.split(";\\s*\\n")) {
				if (!statement.isBlank() && filter.test(statement)) {
					session.run(statement).consume();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The per-day touch counts the writers keep (see TouchDays) are the counts of the contacts as
	 * they are: every contact counted under its day last in touch and whether it has descendants.
	 */
	protected void assertTouchCountsTrue() {
		try (var session = driver.session()) {
			List<Object> maintained = session.run("""
					MATCH (t:TouchDay) WHERE t.contacts <> 0 OR t.scoring <> 0
					WITH t ORDER BY t.on
					RETURN collect([toString(t.on), t.contacts, t.scoring]) AS days""").single().get("days").asList();
			List<Object> recounted = session.run("""
					MATCH (c:Contact) WHERE c.lastTouchOn IS NOT NULL
					WITH c.lastTouchOn AS on, count(*) AS contacts, count(CASE WHEN c.descendants > 0 THEN 1 END) AS scoring
					ORDER BY on
					RETURN collect([toString(on), contacts, scoring]) AS days""").single().get("days").asList();
			assertThat(maintained).as("per-day touch counts against a recount")
				.isEqualTo(recounted);
		}
	}

	protected Response gql(String token, String query) {
		return http.post(token, query, Map.of());
	}

	protected Response gql(String token, String query, Map<String, Object> variables) {
		return http.post(token, query, variables);
	}

	/** Runs a query as ADMIN and fails the test on any top-level error. */
	protected Response ok(String query, Map<String, Object> variables) {
		return ok(ADMIN, query, variables);
	}

	protected Response ok(String token, String query, Map<String, Object> variables) {
		Response response = gql(token, query, variables);
		if (response.status() != 200 || !response.errors().isMissingNode()) {
			throw new AssertionError("Expected a clean response, got " + response);
		}
		return response;
	}

	/** Runs a mutation and fails the test on any top-level error or any of its payload's userErrors. */
	protected void done(String token, String mutation, String query, Map<String, Object> variables) {
		assertThat(ok(token, query, variables).at(mutation + ".userErrors").toString()).as(mutation).isEqualTo("[]");
	}

	/** Variables from key-value pairs; values may be null. */
	protected static Map<String, Object> args(Object... kv) {
		Map<String, Object> vars = new java.util.HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			vars.put((String) kv[i], kv[i + 1]);
		}
		return vars;
	}

	/**
	 * No e-mail of the last test may arrive in this one: what waits is cancelled, and a message a
	 * sender is handing to the server right now (SENDING under a live lease) is let finish.
	 */
	private void stopLastTestsMail() {
		try (var session = driver.session()) {
			session.run("MATCH (m:OutboxMessage) WHERE m.status IN ['QUEUED', 'DRAFT'] SET m.status = 'CANCELLED'").consume();
		}
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (count("MATCH (m:OutboxMessage {status: 'SENDING'}) WHERE m.leaseUntil > datetime() RETURN count(m)") > 0
				&& System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/**
	 * Waits until the outbox has nothing QUEUED that is due or SENDING: the sender, woken when a
	 * message commits, has sent (or failed) everything.
	 */
	protected void awaitOutboxSettled() {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (count("MATCH (m:OutboxMessage) WHERE m.status = 'SENDING' OR (m.status = 'QUEUED' AND m.nextAttemptAt <= datetime()) RETURN count(m)") > 0) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("The outbox did not settle in 20 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	protected long count(String cypher, Map<String, Object> params) {
		try (var session = driver.session()) {
			return session.run(cypher, params).single().get(0).asLong();
		}
	}

	protected long count(String cypher) {
		return count(cypher, Map.of());
	}

}
