package com.rootline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.rootline.exchange.ImportTestSupport;
import com.rootline.support.TestOidc;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Starts the real service on a seeded fixture and drives the real web app in headless Debian
 * Chromium with playwright-core ({@code src/main/frontend/e2e}): sign-in, contacts, the drawn tree,
 * the ROI chart against the API, a gift plan, an import with live progress, and axe-core on every
 * view. The browser script asserts; this class seeds, runs it and fails with its output.
 *
 * <p>The fixture, imported as contacts and linked through the API: the outlet Riverside Radio
 * brought Alice Root (heard of us 10 January 2026); Alice referred Bob Branch first
 * and then 120 more (so her children come in two pages of 100); Bob → Carol Leaf → Dan Deep; the
 * first nine of Alice's other referrals referred 100 each (about 1,000 nodes drawn when opened).
 * Alice's deal closed 10 February 2026 for 12,000.00; the outlet's spend was 1,500.00 in 2026-Q1.
 */
class WebAppBrowserTest extends ImportTestSupport {

	static final Path FRONTEND = Path.of("src/main/frontend");

	@Test
	void theWebAppWorksInARealBrowser() throws Exception {
		assertThat(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
			.as("the browser tests drive Debian's Chromium: apt-get install chromium (.ci/run does)")
			.isExecutable();
		String outlet = ok(MARKETING, """
				mutation { createMediaOutlet(input: {mediaTypeId: "media-type-radio", name: "Riverside Radio"})
				  { outlet { id } userErrors { code } } }""", Map.of()).at("createMediaOutlet.outlet.id").asString();
		assertThat(outlet).isNotEmpty();
		JsonNode job = importAndWait("fixture.csv", fixture().getBytes(StandardCharsets.UTF_8), Map.of("format", "ROOTLINE_CSV"));
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
		assertThat(job.path("failed").asInt())
			.as(() -> http.send(HttpRequest.newBuilder(http.uri("/imports/" + job.path("id").asString() + "/errors.csv"))
				.header("Authorization", "Bearer " + AGENT)
				.build()).body())
			.isZero();
		Map<String, String> ids = idsByEmail();
		String alice = ids.get("alice@example.com");
		ok(AGENT, """
				mutation($c: ID!, $o: ID!) { recordLeadSource(input: {contactId: $c, outletId: $o, heardOn: "2026-01-10"})
				  { userErrors { code } } }""", Map.of("c", alice, "o", outlet));
		refer(List.of(ids.get("bob@example.com")), alice, "2025-12-01");
		refer(List.of(ids.get("carol@example.com")), ids.get("bob@example.com"), "2026-01-05");
		refer(List.of(ids.get("dan@example.com")), ids.get("carol@example.com"), "2026-01-20");
		List<String> kids = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			kids.add(ids.get("kid%03d@example.com".formatted(i)));
		}
		for (int from = 0; from < kids.size(); from += 24) {
			refer(kids.subList(from, Math.min(from + 24, kids.size())), alice, "2026-02-01");
		}
		grandchildren();
		String deal = ok(BROKER, """
				mutation($c: ID!) { createDeal(input: {kind: PURCHASE, contactIds: [$c]}) { deal { id } userErrors { code } } }""",
				Map.of("c", alice)).at("createDeal.deal.id").asString();
		ok(BROKER, """
				mutation($d: ID!) { closeDeal(input: {id: $d, closedOn: "2026-02-10", revenue: "12000.00"}) { userErrors { code } } }""",
				Map.of("d", deal));
		ok(MARKETING, """
				mutation($o: ID!) { recordAdSpend(input: {outletId: $o, amount: "1500.00", spentOn: "2026-01-15"}) { userErrors { code } } }""",
				Map.of("o", outlet));

		Path out = Path.of("target/web-e2e");
		Files.createDirectories(out);
		List<String> command = new ArrayList<>(List.of("node", "--test", "--test-concurrency=1", "e2e/app.e2e.mjs"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(FRONTEND.toFile()).redirectErrorStream(true);
		Map<String, String> env = Map.of("BASE_URL", "http://127.0.0.1:" + port, "BROKER_TOKEN", BROKER, "VIEWER_TOKEN", VIEWER,
					"OUTLET_ID", outlet, "ALICE_ID", alice, "BOB_ID", ids.get("bob@example.com"), "DAN_ID",
					ids.get("dan@example.com"), "OUT_DIR", out.toAbsolutePath().toString());
		builder.environment().putAll(env);
		holdForDevelopment(out, env);
		Process browser = builder.start();
		String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean finished = browser.waitFor(5, TimeUnit.MINUTES);
		Files.writeString(out.resolve("output.txt"), output);
		assertThat(finished).as("the browser tests finished").isTrue();
		assertThat(browser.exitValue()).as(output).isZero();
		assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
		assertThat(TestOidc.refusedExchanges).as("token exchanges refused by the provider (a bad PKCE verifier)").hasValue(0);
		System.out.println(Files.readString(out.resolve("budgets.json")));
	}

	/**
	 * For developing the browser tests: with -Drootline.e2e.holdMinutes=N the seeded service waits
	 * N minutes before the run, and target/web-e2e/env.sh lets {@code node --test e2e/} run against it.
	 */
	private static void holdForDevelopment(Path out, Map<String, String> env) throws Exception {
		StringBuilder exports = new StringBuilder();
		env.forEach((k, v) -> exports.append("export ").append(k).append("='").append(v).append("'\n"));
		Files.writeString(out.resolve("env.sh"), exports);
		Thread.sleep(TimeUnit.MINUTES.toMillis(Long.getLong("rootline.e2e.holdMinutes", 0L)));
	}

	/**
	 * The first nine kids' 900 referrals, written straight to the graph (linking them through the
	 * import would cost the suite about half a minute) and their maintained facts rebuilt.
	 */
	private void grandchildren() {
		try (var session = driver.session()) {
			session.run("""
					UNWIND range(1, 9) AS i
					MATCH (kid:Contact {firstName: 'Kid', lastName: 'No 00' + i})
					UNWIND range(1, 100) AS j
					WITH kid, i, j, 'No ' + i + '-' + right('00' + j, 3) AS last
					CREATE (g:Contact {id: randomUUID(), firstName: 'Grand', lastName: last, displayName: 'Grand ' + last,
					        nameKey: toLower('Grand ' + last) + '\\u0001' + i + '-' + j, createdAt: datetime(),
					        version: 0, active: false})
					CREATE (g)-[:REFERRED_BY {id: randomUUID(), referredOn: date('2026-03-01'),
					        validFrom: date('2026-03-01')}]->(kid)""").consume();
		}
		rebuildMaintainedFacts();
	}

	/**
	 * The referrals through the API, as an agent records them, so that every maintained fact is the
	 * service's own: one mutation document per batch of contacts (aliased fields run one after another).
	 */
	private void refer(List<String> contactIds, String referrerId, String on) {
		StringBuilder document = new StringBuilder("mutation($r: ID!, $on: Date!) {");
		for (int i = 0; i < contactIds.size(); i++) {
			document.append(" r").append(i).append(": recordReferral(input: {contactId: \"").append(contactIds.get(i))
				.append("\", referrerId: $r, referredOn: $on}) { userErrors { code message } }");
		}
		JsonNode data = ok(AGENT, document.append(" }").toString(), Map.of("r", referrerId, "on", on)).json().path("data");
		for (int i = 0; i < contactIds.size(); i++) {
			assertThat(data.path("r" + i).path("userErrors")).as("referral of %s", contactIds.get(i)).isEmpty();
		}
	}

	private Map<String, String> idsByEmail() {
		Map<String, String> ids = new java.util.HashMap<>();
		String after = null;
		do {
			JsonNode page = ok(AGENT, """
					query($after: String) { contacts(first: 100, after: $after) {
					  edges { node { id emails { address } } } pageInfo { hasNextPage endCursor } } }""",
					args("after", after)).at("contacts");
			page.path("edges").forEach(e -> ids.put(e.at("/node/emails/0/address").asString(), e.at("/node/id").asString()));
			after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asString() : null;
		}
		while (after != null);
		return ids;
	}

	static String fixture() {
		StringBuilder csv = new StringBuilder("First Name,Last Name,Emails,Status Level,Tags\n");
		csv.append("Alice,Root,alice@example.com,A,vip\n");
		csv.append("Bob,Branch,bob@example.com,B,\n");
		csv.append("Carol,Leaf,carol@example.com,,\n");
		csv.append("Dan,Deep,dan@example.com,,\n");
		for (int i = 1; i <= 120; i++) {
			csv.append("Kid,No %03d,kid%03d@example.com,C,\n".formatted(i, i));
		}
		return csv.toString();
	}

}
