package com.rootline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * rebuildGraphFacts finds nothing on facts the writers kept, finds exactly the facts made to drift
 * on purpose (one of each kind, edited by Cypher), repairs them, and then finds nothing again; one
 * rebuild at a time, ADMIN only, bad input refused with nothing queued.
 */
class GraphFactsRebuildTest extends IntegrationTest {

	private static final String REBUILD = "mutation($r: String) { rebuildGraphFacts(input: {reason: $r}) { "
			+ "rebuild { id status } userErrors { code field } } }";

	private static final String STATUS = "query($id: ID) { graphFactsRebuild(id: $id) { id status reason phase phasesDone "
			+ "phaseCount message createdBy differences { fact differed examples } } }";

	@Autowired
	FactsRebuilds rebuilds;

	@Test
	void findsAndRepairsEachKindOfDriftAndNothingOnTheWritersFacts() {
		String outlet = ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-radio\", "
				+ "name: \"KXYZ Radio\"}) { outlet { id } } }", Map.of()).at("createMediaOutlet.outlet.id").asString();
		String ann = contact("Ann");
		String ben = contact("Ben");
		String cat = contact("Cat");
		ok(AGENT, "mutation($c: ID!, $o: ID!) { recordLeadSource(input: {contactId: $c, outletId: $o, heardOn: \"2026-01-05\"}) "
				+ "{ userErrors { code } } }", Map.of("c", ann, "o", outlet));
		refer(ben, ann, "2026-02-01");
		refer(cat, ben, "2026-03-01");
		String deal = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) { deal { id } } }",
				Map.of("c", List.of(cat))).at("createDeal.deal.id").asString();
		ok(AGENT, "mutation($d: ID!) { closeDeal(input: {id: $d, revenue: \"12000.00\", closedOn: \"2026-04-01\"}) "
				+ "{ deal { id } } }", Map.of("d", deal));
		ok(AGENT, "mutation($c: ID!) { logInteraction(input: {contactId: $c, kind: CALL, direction: OUTBOUND, "
				+ "occurredAt: \"2026-05-01T10:00:00Z\", summary: \"Caught up\"}) { userErrors { code } } }", Map.of("c", ben));

		JsonNode first = rebuild("after the upgrade");
		assertThat(first.path("reason").asString()).isEqualTo("after the upgrade");
		assertThat(first.path("createdBy").asString()).isNotBlank();
		assertThat(List.of(first.path("phase").asString(), first.path("phasesDone").asInt(), first.path("phaseCount").asInt()))
			.containsExactly("COMPARE", 12, 12);
		assertThat(differences(first)).as("the writers' facts are their rebuild").containsExactly("TREE_KEYS 0 []",
				"LEVEL_COUNTS 0 []", "SUBTREE_VALUES 0 []", "LEVEL_VALUES 0 []", "LAST_TOUCH 0 []", "TOUCH_DAYS 0 []",
				"ROI_DAYS 0 []", "DEAL_DAYS 0 []", "MIX_COUNTS 0 []", "FUNNEL_COUNTS 0 []", "BOOK_COUNTS 0 []", "ACTIVITY_COUNTS 0 []");

		String touchDay;
		String bookCount;
		String mixCount;
		String funnelCount;
		try (var session = driver.session()) {
			session.run("MATCH (c:Contact {id: $id}) SET c.treeKey = '02bogus'", Map.of("id", cat)).consume();
			session.run("MATCH (c:Contact {id: $id}) SET c.levelCounts = [5] + [i IN range(1, 19) | 0], c.descendants = 5, "
					+ "c.levelValuesMinor = [1] + [i IN range(1, 19) | 0]", Map.of("id", ann)).consume();
			session.run("MATCH (c:Contact {id: $id}) SET c.subtreeValueMinor = 1, c.lastTouchOn = date('2000-01-01')",
					Map.of("id", ben)).consume();
			touchDay = session.run("MATCH (c:Contact {id: $id}), (t:TouchDay {on: c.countedOn}) "
					+ "SET t.contacts = t.contacts + 7 RETURN toString(t.on) AS day", Map.of("id", ann)).single().get("day").asString();
			session.run("MATCH (r:RoiDay {on: date('2026-04-01')}) DELETE r").consume();
			session.run("MATCH (x:DealDay) WHERE x.closed = 1 SET x.closed = 3").consume();
			bookCount = session.run("MATCH (x:BookCount) WHERE x.what = 'ADDED' AND x.source = 'ADVERTISING' SET x.n = x.n + 2 RETURN x.key AS key")
				.single().get("key").asString();
			mixCount = session.run("MATCH (x:MixCount) SET x.revenueMinor = x.revenueMinor + 100 RETURN x.key AS key")
				.single().get("key").asString();
			funnelCount = session.run("MATCH (x:FunnelCount {agentId: '*', stage: 'CLOSED'}) SET x.n = x.n + 1 RETURN x.key AS key")
				.single().get("key").asString();
			session.run("CREATE (:ActivityCount {key: 'WEEK|2026-01-05|nobody|CALL', on: date('2026-01-05'), agentId: 'nobody', "
					+ "what: 'CALL', n: 4})").consume();
		}
		JsonNode repaired = rebuild(null);
		assertThat(differences(repaired)).as("each drift found, once").containsExactly("TREE_KEYS 1 [" + cat + "]",
				"LEVEL_COUNTS 1 [" + ann + "]", "SUBTREE_VALUES 1 [" + ben + "]", "LEVEL_VALUES 1 [" + ann + "]",
				"LAST_TOUCH 1 [" + ben + "]", "TOUCH_DAYS 1 [" + touchDay + "]", "ROI_DAYS 1 [2026-04-01]",
				"DEAL_DAYS 1 [2026-04-01]", "MIX_COUNTS 1 [" + mixCount + "]", "FUNNEL_COUNTS 1 [" + funnelCount + "]", "BOOK_COUNTS 1 [" + bookCount + "]",
				"ACTIVITY_COUNTS 1 [WEEK|2026-01-05|nobody|CALL]");
		JsonNode annNow = ok(VIEWER, "query($id: ID!) { contact(id: $id) { subtree { direct descendants businessValue } } }",
				Map.of("id", ann)).at("contact.subtree");
		assertThat(List.of(annNow.path("direct").asInt(), annNow.path("descendants").asInt(),
				annNow.path("businessValue").asString())).containsExactly(1, 2, "12000.00");
		assertThat(count("MATCH (n) WHERE n.factsBefore IS NOT NULL RETURN count(n)")).as("the snapshot is gone").isZero();
		assertMaintainedFactsTrue();
		assertThat(differences(rebuild(null))).as("nothing left to repair").allMatch(d -> d.contains(" 0 []"));
	}

	@Test
	void oneRebuildAtATimeAdminOnlyAndBadInputQueuesNothing() {
		assertThat(gql(BROKER, "mutation { rebuildGraphFacts(input: {}) { rebuild { id } } }").errorCode()).isEqualTo("FORBIDDEN");
		assertThat(gql(BROKER, "{ graphFactsRebuild { id } }").errorCode()).isEqualTo("FORBIDDEN");
		JsonNode tooLong = ok(ADMIN, REBUILD, args("r", "x".repeat(501))).at("rebuildGraphFacts");
		assertThat(tooLong.path("rebuild").isNull()).isTrue();
		assertThat(tooLong.at("/userErrors/0/code").asString() + " " + tooLong.at("/userErrors/0/field"))
			.isEqualTo("TOO_LONG [\"input\",\"reason\"]");
		assertThat(count("MATCH (j:FactsRebuild) RETURN count(j)")).as("nothing queued").isZero();

		// A rebuild running on another instance, its lease current: a second one is refused and answered with it.
		try (var session = driver.session()) {
			session.run("CREATE (:FactsRebuild {id: 'elsewhere', status: 'RUNNING', createdAt: datetime(), phasesDone: 2, "
					+ "phase: 'TREE_KEYS', checkpoint: 'TREE_KEYS', leaseOwner: 'another', "
					+ "leaseUntil: datetime() + duration('PT10M')})").consume();
		}
		JsonNode refused = ok(ADMIN, REBUILD, args("r", "again")).at("rebuildGraphFacts");
		assertThat(List.of(refused.at("/rebuild/id").asString(), refused.at("/rebuild/status").asString(),
				refused.at("/userErrors/0/code").asString())).containsExactly("elsewhere", "RUNNING", "REBUILD_IN_PROGRESS");
		assertThat(count("MATCH (j:FactsRebuild) RETURN count(j)")).isOne();

		// Its runner died: once the lease has run out, this instance takes it over from the phase after its checkpoint.
		try (var session = driver.session()) {
			session.run("MATCH (j:FactsRebuild {id: 'elsewhere'}) SET j.leaseUntil = datetime() - duration('PT1S')").consume();
		}
		rebuilds.drain();
		JsonNode taken = await("elsewhere");
		assertThat(List.of(taken.path("status").asString(), taken.path("phasesDone").asInt())).containsExactly("COMPLETED", 12);
	}

	private JsonNode rebuild(String reason) {
		JsonNode payload = ok(ADMIN, REBUILD, args("r", reason)).at("rebuildGraphFacts");
		assertThat(payload.path("userErrors").size()).as(payload.toString()).isZero();
		return await(payload.at("/rebuild/id").asString());
	}

	private JsonNode await(String id) {
		long until = System.nanoTime() + 60_000_000_000L;
		while (true) {
			JsonNode rebuild = ok(ADMIN, STATUS, args("id", id)).at("graphFactsRebuild");
			String status = rebuild.path("status").asString();
			if (status.equals("COMPLETED") || status.equals("FAILED")) {
				assertThat(status).as(rebuild.toString()).isEqualTo("COMPLETED");
				return rebuild;
			}
			assertThat(System.nanoTime()).as("rebuild finished in time: " + rebuild).isLessThan(until);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static List<String> differences(JsonNode rebuild) {
		List<String> lines = new ArrayList<>();
		for (JsonNode d : rebuild.path("differences")) {
			List<String> examples = new ArrayList<>();
			d.path("examples").forEach(e -> examples.add(e.asString()));
			lines.add(d.path("fact").asString() + " " + d.path("differed").asInt() + " " + examples);
		}
		return lines;
	}

	private String contact(String firstName) {
		return ok(AGENT, "mutation($f: String!) { createContact(input: {firstName: $f, lastName: \"Facts\"}) { contact { id } } }",
				Map.of("f", firstName)).at("createContact.contact.id").asString();
	}

	private void refer(String contact, String referrer, String on) {
		JsonNode errors = ok(AGENT, "mutation($c: ID!, $r: ID!, $on: Date!) { recordReferral(input: {contactId: $c, "
				+ "referrerId: $r, referredOn: $on}) { userErrors { code } } }", Map.of("c", contact, "r", referrer, "on", on))
			.at("recordReferral.userErrors");
		assertThat(errors.size()).as(errors.toString()).isZero();
	}

}
