package com.rootline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.rootline.api.TimeZones;
import com.rootline.support.GraphQlHttp;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The per-day deal counters seasonality reads, kept by the deal writers through the API: created,
 * moved into UNDER_CONTRACT twice, closed, lost, each event counted once in its day; the same report as
 * the deals themselves give; and counted again by a rebuild queued at start-up when the deployment's
 * zone is not the one they were counted in, the report reading the deals meanwhile.
 */
class DealDaysTest extends IntegrationTest {

	private static final String REPORT = "query($a: ID) { seasonality(from: \"2025-01-01\", to: \"2026-12-31\", agentId: $a) "
			+ "{ months { month created underContract closed } } }";

	@Autowired
	CountedZone countedZone;

	@Autowired
	FactsRebuilds rebuilds;

	@Autowired
	TimeZones zones;

	@Test
	void dealWritersKeepTheCountersAndAZoneChangeCountsThemAgain() {
		String agent = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Dana Deals\"}) { agent { id } } }",
				Map.of()).at("createAgent.agent.id").asString();
		String contact = ok(AGENT, "mutation { createContact(input: {firstName: \"Sam\", lastName: \"Seller\"}) { contact { id } } }",
				Map.of()).at("createContact.contact.id").asString();
		String sale = deal(agent, contact, "SALE");
		int version = move(sale, "UNDER_CONTRACT", "2025-02-10T12:00:00Z", 1);
		version = move(sale, "APPROVED", "2025-02-12T12:00:00Z", version);
		version = move(sale, "UNDER_CONTRACT", "2025-03-01T12:00:00Z", version);
		ok(AGENT, "mutation($id: ID!, $v: Int!) { closeDeal(input: {id: $id, closedOn: \"2025-03-20\", revenue: \"9000.00\", "
				+ "expectedVersion: $v}) { userErrors { code } } }", Map.of("id", sale, "v", version));
		String lost = deal(agent, contact, "PURCHASE");
		ok(AGENT, "mutation($id: ID!) { loseDeal(input: {id: $id, reason: \"Went elsewhere\", at: \"2025-03-05T12:00:00Z\", "
				+ "expectedVersion: 1}) { userErrors { code } } }", Map.of("id", lost));

		String created = LocalDate.now(zones.deployment()).toString().substring(0, 7);
		List<String> expected = List.of("2025-02 0 1 0", "2025-03 0 1 1", created + " 2 0 0");
		assertThat(countedZone.countedIn(zones.deployment())).isTrue();
		assertThat(nonZero(ok(VIEWER, REPORT, args("a", agent)))).as("from the counters").isEqualTo(expected);
		assertThat(count("MATCH (x:DealDay) RETURN count(x)")).as("one node per day, agent and kind").isEqualTo(5);
		assertMaintainedFactsTrue();

		// The deployment's zone is not the one they were counted in: the report reads the deals, and
		// the start-up check queues the rebuild that counts them again.
		try (var session = driver.session()) {
			session.run("MATCH (s:FactsState {id: 'day-counters'}) SET s.zone = 'Pacific/Kiritimati'").consume();
			session.run("MATCH (x:DealDay) SET x.created = x.created + 40").consume();
		}
		assertThat(countedZone.countedIn(zones.deployment())).isFalse();
		assertThat(nonZero(ok(VIEWER, REPORT, args("a", agent)))).as("from the deals").isEqualTo(expected);
		countedZone.countWhereNeeded();
		JsonNode rebuild;
		long until = System.nanoTime() + 60_000_000_000L;
		do {
			rebuilds.drain();
			rebuild = ok(ADMIN, "{ graphFactsRebuild { status reason differences { fact differed } } }", Map.of())
				.at("graphFactsRebuild");
			assertThat(System.nanoTime()).as("rebuilt in time: " + rebuild).isLessThan(until);
		}
		while (rebuild.path("status").asString().matches("QUEUED|RUNNING"));
		assertThat(rebuild.path("status").asString()).as(rebuild.toString()).isEqualTo("COMPLETED");
		assertThat(rebuild.at("/differences/7").toString()).as("the four days made up above, repaired")
			.isEqualTo("{\"fact\":\"DEAL_DAYS\",\"differed\":4}");
		assertThat(rebuild.path("reason").asString()).startsWith("The day and week counters are counted in ");
		assertThat(countedZone.countedIn(zones.deployment())).isTrue();
		assertThat(nonZero(ok(VIEWER, REPORT, args("a", agent)))).as("counted again").isEqualTo(expected);
	}

	private String deal(String agent, String contact, String kind) {
		return ok(AGENT, "mutation($a: ID!, $c: ID!, $k: DealKind!) { createDeal(input: {kind: $k, contactIds: [$c], agentId: $a}) "
				+ "{ deal { id } } }", Map.of("a", agent, "c", contact, "k", kind)).at("createDeal.deal.id").asString();
	}

	private int move(String deal, String stage, String at, int version) {
		return ok(AGENT, "mutation($id: ID!, $s: DealStage!, $at: DateTime, $v: Int!) { moveDealStage(input: {id: $id, stage: $s, "
				+ "at: $at, expectedVersion: $v}) { deal { version } } }", Map.of("id", deal, "s", stage, "at", at, "v", version))
			.at("moveDealStage.deal.version")
			.asInt();
	}

	private static List<String> nonZero(GraphQlHttp.Response response) {
		List<String> months = new java.util.ArrayList<>();
		for (JsonNode m : response.at("seasonality.months")) {
			String line = m.path("month").asString() + " " + m.path("created").asInt() + " " + m.path("underContract").asInt() + " "
					+ m.path("closed").asInt();
			if (!line.endsWith(" 0 0 0")) {
				months.add(line);
			}
		}
		return months;
	}

}
