package com.rootline.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A fixture forest checked against answers worked out by hand:
 *
 * <pre>
 * Pat Partner (agent)                    Rita Root (contact)
 * ├── A 01-10                            ├── K 01-05
 * │   ├── B 02-01                        │   └── L 02-05
 * │   │   └── D 03-01                    └── M 06-01
 * │   │       └── F 04-01
 * │   │           └── H 05-01
 * │   └── C 02-15
 * │       └── E 03-10
 * └── G 01-20
 * </pre>
 *
 * All dates are in 2026. One closed deal of $12,345.00 has F and H as parties.
 */
class ReferralFixtureTest extends IntegrationTest {

	private final Map<String, String> id = new HashMap<>();

	private String contact(String name) {
		Response r = ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) { contact { id } } }",
				Map.of("n", name));
		String contactId = r.at("createContact.contact.id").asString();
		id.put(name, contactId);
		return contactId;
	}

	private Response refer(String child, String referrer, String on) {
		return ok(AGENT, """
				mutation($c: ID!, $r: ID!, $on: Date) {
				  recordReferral(input: {contactId: $c, referrerId: $r, referredOn: $on}) {
				    referral { id referredOn referrer { ... on Contact { id } ... on Agent { id } } }
				    userErrors { field code message } } }""", vars("c", id.get(child), "r", id.get(referrer), "on", on));
	}

	private static Map<String, Object> vars(Object... kv) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	@BeforeEach
	void forest() {
		Response partner = ok(BROKER, "mutation { createAgent(input: {kind: PARTNER, role: OUTSIDE_AGENT, name: \"Pat Partner\", "
				+ "company: \"Other Realty\"}) { agent { id } } }", Map.of());
		id.put("P", partner.at("createAgent.agent.id").asString());
		for (String name : List.of("Rita", "A", "B", "C", "D", "E", "F", "G", "H", "K", "L", "M")) {
			contact(name);
		}
		String[][] edges = { { "A", "P", "2026-01-10" }, { "G", "P", "2026-01-20" }, { "B", "A", "2026-02-01" },
				{ "C", "A", "2026-02-15" }, { "D", "B", "2026-03-01" }, { "E", "C", "2026-03-10" },
				{ "F", "D", "2026-04-01" }, { "H", "F", "2026-05-01" }, { "K", "Rita", "2026-01-05" },
				{ "L", "K", "2026-02-05" }, { "M", "Rita", "2026-06-01" } };
		for (String[] e : edges) {
			assertThat(refer(e[0], e[1], e[2]).at("recordReferral.userErrors")).isEmpty();
		}
		// One deal with two parties in the same subtree: it counts once.
		String deal = ok("mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) { deal { id } } }",
				Map.of("c", List.of(id.get("F"), id.get("H")))).at("createDeal.deal.id").asString();
		ok("mutation($d: ID!) { closeDeal(input: {id: $d, revenue: \"12345.00\", closedOn: \"2026-05-10\"}) { deal { id } } }",
				Map.of("d", deal));
	}

	private String name(JsonNode contact) {
		return id.entrySet().stream().filter(e -> e.getValue().equals(contact.path("id").asString())).findFirst()
			.map(Map.Entry::getKey).orElse("?");
	}

	private List<String> tree(String root, String asOf) {
		Map<String, Object> vars = new HashMap<>(Map.of("root", id.get(root)));
		vars.put("asOf", asOf);
		JsonNode edges = ok("query($root: ID!, $asOf: Date) { referralTree(rootId: $root, asOf: $asOf) { "
				+ "edges { node { depth parentId contact { id } } } } }", vars).at("referralTree.edges");
		return java.util.stream.StreamSupport.stream(edges.spliterator(), false)
			.map(e -> name(e.path("node").path("contact")) + e.path("node").path("depth").asInt())
			.toList();
	}

	private String levels(String root, String asOf) {
		Map<String, Object> vars = new HashMap<>(Map.of("id", id.get(root)));
		vars.put("asOf", asOf);
		JsonNode stats = ok("query($id: ID!, $asOf: Date) { referralStats(id: $id, asOf: $asOf) { directCount "
				+ "totalDescendants maxDepth perLevel { depth count } businessValue } }", vars).at("referralStats");
		StringBuilder sb = new StringBuilder();
		stats.path("perLevel").forEach(l -> sb.append(l.path("count").asInt()).append(','));
		return sb + " total=" + stats.path("totalDescendants").asInt() + " direct=" + stats.path("directCount").asInt()
				+ " max=" + stats.path("maxDepth").asInt() + " value=" + stats.path("businessValue").asString();
	}

	@Test
	void treesAreBreadthFirstWithDepthsAndParents() {
		assertThat(tree("P", null)).containsExactly("A1", "G1", "B2", "C2", "D3", "E3", "F4", "H5");
		assertThat(tree("Rita", null)).containsExactly("K1", "M1", "L2");
		JsonNode first = ok("query($root: ID!) { referralTree(rootId: $root, first: 3) { totalCount root { ... on Agent { name } } "
				+ "edges { cursor node { parentId referredOn contact { id } } } pageInfo { hasNextPage endCursor } } }",
				Map.of("root", id.get("P"))).at("referralTree");
		assertThat(first.path("totalCount").asInt()).isEqualTo(8);
		assertThat(first.path("root").path("name").asString()).isEqualTo("Pat Partner");
		assertThat(first.path("edges").get(0).path("node").path("parentId").asString()).isEqualTo(id.get("P"));
		assertThat(first.path("edges").get(2).path("node").path("parentId").asString()).isEqualTo(id.get("A"));
		assertThat(first.path("edges").get(2).path("node").path("referredOn").asString()).isEqualTo("2026-02-01");
		JsonNode second = ok("query($root: ID!, $after: String) { referralTree(rootId: $root, first: 3, after: $after) { "
				+ "edges { node { contact { id } } } pageInfo { hasNextPage } } }",
				Map.of("root", id.get("P"), "after", first.path("pageInfo").path("endCursor").asString())).at("referralTree");
		assertThat(second.path("edges").findValues("contact").stream().map(this::name).toList())
			.containsExactly("C", "D", "E");
		JsonNode shallow = ok("query($root: ID!) { referralTree(rootId: $root, maxDepth: 2) { totalCount } }",
				Map.of("root", id.get("P"))).at("referralTree");
		assertThat(shallow.path("totalCount").asInt()).isEqualTo(4);
	}

	@Test
	void statsCountPerLevelAndValueEachDealOnce() {
		assertThat(levels("P", null)).isEqualTo("2,2,2,1,1, total=8 direct=2 max=5 value=12345.00");
		assertThat(levels("A", null)).isEqualTo("2,2,1,1, total=6 direct=2 max=4 value=12345.00");
		assertThat(levels("F", null)).isEqualTo("1, total=1 direct=1 max=1 value=12345.00");
		assertThat(levels("H", null)).isEqualTo(" total=0 direct=0 max=0 value=0.00");
		assertThat(levels("Rita", null)).isEqualTo("2,1, total=3 direct=2 max=2 value=0.00");
	}

	@Test
	void ancestryAndOriginalSourceForAListInOneGo() {
		JsonNode list = ok("""
				{ contacts(first: 50) { edges { node { firstName
				    referredBy { ... on Contact { firstName } ... on Agent { name } }
				    ancestry { ... on Contact { firstName } ... on Agent { name } }
				    originalSource { ... on Contact { firstName } ... on Agent { name } }
				    referrals { totalCount edges { node { firstName } } } } } } }""", Map.of()).at("contacts.edges");
		Map<String, JsonNode> byName = new HashMap<>();
		list.forEach(e -> byName.put(e.path("node").path("firstName").asString(), e.path("node")));
		assertThat(byName.get("H").path("ancestry").toString())
			.isEqualTo("[{\"firstName\":\"F\"},{\"firstName\":\"D\"},{\"firstName\":\"B\"},{\"firstName\":\"A\"},{\"name\":\"Pat Partner\"}]");
		assertThat(byName.get("H").path("originalSource").path("name").asString()).isEqualTo("Pat Partner");
		assertThat(byName.get("H").path("referredBy").path("firstName").asString()).isEqualTo("F");
		assertThat(byName.get("L").path("originalSource").path("firstName").asString()).isEqualTo("Rita");
		assertThat(byName.get("Rita").path("originalSource").path("firstName").asString()).isEqualTo("Rita");
		assertThat(byName.get("Rita").path("ancestry")).isEmpty();
		assertThat(byName.get("Rita").path("referredBy").isNull()).isTrue();
		assertThat(byName.get("A").path("referrals").path("totalCount").asInt()).isEqualTo(2);
		assertThat(byName.get("A").path("referrals").findValuesAsString("firstName")).containsExactly("B", "C");
	}

	@Test
	void leaderboardRanksWholeTrees() {
		JsonNode all = ok("{ topReferrers(first: 4) { rank referrals party { ... on Contact { firstName } ... on Agent { name } } } }",
				Map.of()).at("topReferrers");
		assertThat(all.get(0).path("party").path("name").asString()).isEqualTo("Pat Partner");
		assertThat(all.get(0).path("referrals").asInt()).isEqualTo(8);
		assertThat(all.get(1).path("party").path("firstName").asString()).isEqualTo("A");
		assertThat(all.get(1).path("referrals").asInt()).isEqualTo(6);
		assertThat(List.of(all.get(2).path("party").path("firstName").asString(), all.get(3).path("party").path("firstName").asString()))
			.containsExactlyInAnyOrder("B", "Rita");
		assertThat(all.get(3).path("referrals").asInt()).isEqualTo(3);

		JsonNode window = ok("{ topReferrers(first: 10, from: \"2026-03-01\", to: \"2026-04-30\") { referrals "
				+ "party { ... on Contact { firstName } ... on Agent { name } } } }", Map.of()).at("topReferrers");
		Map<String, Integer> counts = new HashMap<>();
		window.forEach(e -> counts.put(e.path("party").path("firstName").asString(e.path("party").path("name").asString()),
				e.path("referrals").asInt()));
		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("Pat Partner", 3, "A", 3, "B", 2, "C", 1, "D", 1));

		JsonNode value = ok("{ topReferrers(by: VALUE) { value party { ... on Contact { firstName } ... on Agent { name } } } }",
				Map.of()).at("topReferrers");
		assertThat(value).hasSize(5);
		assertThat(value.findValuesAsString("value")).containsOnly("12345.00");
	}

	@Test
	void asOfShowsTheTreeBeforeAndAfterAChangeOfReferrer() {
		Response changed = ok(AGENT, "mutation($c: ID!, $r: ID!) { changeReferrer(input: {contactId: $c, referrerId: $r, "
				+ "effectiveOn: \"2026-07-01\", note: \"E was really G's friend\"}) { referral { validFrom referrer { ... on Contact { firstName } } } "
				+ "contact { referralHistory { validFrom validTo endedBy referrer { ... on Contact { firstName } } } } userErrors { code message } } }",
				Map.of("c", id.get("E"), "r", id.get("G")));
		assertThat(changed.at("changeReferrer.userErrors")).isEmpty();
		assertThat(changed.at("changeReferrer.referral.referrer.firstName").asString()).isEqualTo("G");
		JsonNode history = changed.at("changeReferrer.contact.referralHistory");
		assertThat(history).hasSize(2);
		assertThat(history.get(1).path("validTo").asString()).isEqualTo("2026-07-01");
		assertThat(history.get(1).path("referrer").path("firstName").asString()).isEqualTo("C");
		assertThat(history.get(1).path("endedBy").asString()).isEqualTo("token:test agent");

		assertThat(tree("P", null)).containsExactly("A1", "G1", "B2", "C2", "E2", "D3", "F4", "H5");
		assertThat(levels("P", null)).startsWith("2,3,1,1,1,");
		assertThat(levels("C", null)).startsWith(" total=0");
		assertThat(tree("P", "2026-06-30")).containsExactly("A1", "G1", "B2", "C2", "D3", "E3", "F4", "H5");
		assertThat(levels("C", "2026-06-30")).startsWith("1, total=1");
		assertThat(tree("P", "2026-02-10")).containsExactly("A1", "G1", "B2");
		assertThat(levels("P", "2026-05-09")).isEqualTo("2,2,2,1,1, total=8 direct=2 max=5 value=0.00");
	}

	@Test
	void originsStayOneAndLoopsAreRefused() {
		Response second = refer("A", "G", "2026-03-01");
		assertThat(second.at("recordReferral.userErrors/0/code").asString()).isEqualTo("ALREADY_REFERRED");

		Response loop = refer("Rita", "L", "2026-03-01");
		assertThat(loop.at("recordReferral.userErrors/0/code").asString()).isEqualTo("REFERRAL_CYCLE");
		assertThat(loop.at("recordReferral.userErrors/0/message").asString()).contains("L → K → Rita");
		assertThat(loop.at("recordReferral.userErrors/0/field").toString()).isEqualTo("[\"input\",\"referrerId\"]");

		Response replaceIntoOwnSubtree = ok(AGENT, "mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, "
				+ "referrerId: $r, replace: true}) { userErrors { code } } }", Map.of("c", id.get("A"), "r", id.get("H")));
		assertThat(replaceIntoOwnSubtree.at("recordReferral.userErrors/0/code").asString()).isEqualTo("REFERRAL_CYCLE");

		Response self = refer("M", "M", null);
		assertThat(self.at("recordReferral.userErrors/0/code").asString()).isEqualTo("SELF_REFERRAL");

		Response team = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Tess Team\"}) { agent { id } } }", Map.of());
		id.put("T", team.at("createAgent.agent.id").asString());
		assertThat(refer("Rita", "T", null).at("recordReferral.userErrors/0/code").asString()).isEqualTo("WRONG_AGENT_KIND");
		id.put("ghost", "no-such-id");
		assertThat(refer("Rita", "ghost", null).at("recordReferral.userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
		assertThat(refer("Rita", "K", "2199-01-01").at("recordReferral.userErrors/0/code").asString()).isEqualTo("INVALID");

		Response removed = ok(AGENT, "mutation($c: ID!) { removeReferral(input: {contactId: $c}) { contact { referredBy { __typename } "
				+ "originalSource { ... on Contact { firstName } } } userErrors { code } } }", Map.of("c", id.get("G")));
		assertThat(removed.at("removeReferral.contact.originalSource.firstName").asString()).isEqualTo("G");
		Response again = ok(AGENT, "mutation($c: ID!) { removeReferral(input: {contactId: $c}) { userErrors { code } } }",
				Map.of("c", id.get("G")));
		assertThat(again.at("removeReferral.userErrors/0/code").asString()).isEqualTo("NOT_REFERRED");
		assertThat(count("MATCH (c:Contact) WHERE COUNT { (c)-[:REFERRED_BY]->() } > 1 RETURN count(c)")).isZero();
	}

	@Test
	void partnerLedgerBalancesReceivedAndSent() {
		Response out = ok(AGENT, "mutation($c: ID!, $p: ID!) { recordReferralOut(input: {contactId: $c, partnerId: $p, "
				+ "referredOn: \"2026-06-15\", note: \"Selling in Denver\"}) { entry { referredOn note contact { firstName } } userErrors { code } } }",
				Map.of("c", id.get("M"), "p", id.get("P")));
		assertThat(out.at("recordReferralOut.entry.contact.firstName").asString()).isEqualTo("M");
		JsonNode ledger = ok("query($p: ID!) { partnerLedger(agentId: $p) { partner { name } receivedCount sentCount balance "
				+ "receivedValue received { referredOn subtreeValue contact { firstName } } sent { note contact { firstName } } } }",
				Map.of("p", id.get("P"))).at("partnerLedger");
		assertThat(ledger.path("receivedCount").asInt()).isEqualTo(2);
		assertThat(ledger.path("sentCount").asInt()).isEqualTo(1);
		assertThat(ledger.path("balance").asInt()).isEqualTo(1);
		assertThat(ledger.path("received").findValuesAsString("firstName")).containsExactly("A", "G");
		assertThat(ledger.path("received").get(0).path("subtreeValue").asString()).isEqualTo("12345.00");
		assertThat(ledger.path("received").get(1).path("subtreeValue").asString()).isEqualTo("0.00");
		assertThat(ledger.path("receivedValue").asString()).isEqualTo("12345.00");
		assertThat(ledger.path("sent").get(0).path("note").asString()).isEqualTo("Selling in Denver");

		JsonNode window = ok("query($p: ID!) { partnerLedger(agentId: $p, from: \"2026-01-15\", to: \"2026-12-31\") { receivedCount } }",
				Map.of("p", id.get("P"))).at("partnerLedger");
		assertThat(window.path("receivedCount").asInt()).isEqualTo(1);
		Response toContact = ok(AGENT, "mutation($c: ID!, $p: ID!) { recordReferralOut(input: {contactId: $c, partnerId: $p}) { userErrors { code } } }",
				Map.of("c", id.get("M"), "p", id.get("K")));
		assertThat(toContact.at("recordReferralOut.userErrors/0/code").asString()).isEqualTo("NOT_FOUND");
	}

	@Test
	void mergeMovesEverythingOntoTheSurvivorAndRefusesConflicts() {
		String dup = contact("Lou");
		ok(AGENT, "mutation($id: ID!) { updateContact(input: {id: $id, expectedVersion: 1, lastName: \"Dupe\", "
				+ "emails: [{address: \"lou@example.com\"}], tags: [\"golf\"]}) { contact { id } } }", Map.of("id", dup));
		String child = contact("N");
		refer("N", "Lou", "2026-06-10");
		ok(AGENT, "mutation($id: ID!) { logInteraction(input: {contactId: $id, kind: CALL, summary: \"met Lou\", "
				+ "occurredAt: \"2026-06-11T09:00:00Z\"}) { interaction { id } } }", Map.of("id", dup));

		String merge = "mutation($s: ID!, $d: ID!) { mergeContacts(input: {survivorId: $s, duplicateId: $d}) { "
				+ "survivor { firstName lastName emails { address } tags lastContactedAt referrals { edges { node { firstName } } } "
				+ "originalSource { ... on Contact { firstName } } interactions { totalCount } } userErrors { code message } } }";
		JsonNode survivor = ok(BROKER, merge, Map.of("s", id.get("L"), "d", dup)).at("mergeContacts.survivor");
		assertThat(survivor.path("firstName").asString()).as("the survivor's values win").isEqualTo("L");
		assertThat(survivor.path("lastName").asString()).as("the duplicate fills gaps").isEqualTo("Dupe");
		assertThat(survivor.path("emails").findValuesAsString("address")).containsExactly("lou@example.com");
		assertThat(survivor.path("tags").toString()).isEqualTo("[\"golf\"]");
		assertThat(survivor.path("interactions").path("totalCount").asInt()).isEqualTo(1);
		assertThat(survivor.path("lastContactedAt").asString()).isEqualTo("2026-06-11T09:00Z");
		assertThat(survivor.path("referrals").findValuesAsString("firstName")).containsExactly("N");
		assertThat(survivor.path("originalSource").path("firstName").asString()).isEqualTo("Rita");
		assertThat(count("MATCH (c:Contact {id: $id}) RETURN count(c)", Map.of("id", dup))).isZero();
		assertThat(count("MATCH (:Contact {id: $child})-[:REFERRED_BY]->(:Contact {id: $l}) RETURN count(*)",
				Map.of("child", child, "l", id.get("L")))).isEqualTo(1);
		assertThat(count("MATCH (e:AuditEntry {action: 'MERGE_CONTACTS'}) WHERE $d IN e.subjectIds RETURN count(e)",
				Map.of("d", dup))).isEqualTo(1);

		Response ancestor = ok(BROKER, merge, Map.of("s", id.get("Rita"), "d", id.get("K")));
		assertThat(ancestor.at("mergeContacts.userErrors/0/code").asString()).isEqualTo("MERGE_CONFLICT");
		assertThat(ancestor.at("mergeContacts.userErrors/0/message").asString()).contains("loop");
		Response twoOrigins = ok(BROKER, merge, Map.of("s", id.get("G"), "d", id.get("K")));
		assertThat(twoOrigins.at("mergeContacts.userErrors/0/code").asString()).isEqualTo("MERGE_CONFLICT");
		assertThat(twoOrigins.at("mergeContacts.userErrors/0/message").asString()).contains("different origins");
		assertThat(count("MATCH (c:Contact {id: $k}) RETURN count(c)", Map.of("k", id.get("K")))).isEqualTo(1);
	}

	@Test
	void deeplyNestedReferralQueriesHitTheDepthLimit() {
		String nested = "contact(id: $id) { referrals { edges { node { referrals { edges { node { referrals { edges { node { "
				+ "referrals { edges { node { referrals { edges { node { id } } } } } } } } } } } } } } } }";
		Response deep = gql(VIEWER, "query($id: ID!) { " + nested + " }", Map.of("id", id.get("A")));
		assertThat(deep.status()).isEqualTo(400);
		assertThat(deep.errorCode()).isEqualTo("LIMIT_EXCEEDED");
		assertThat(deep.errors().get(0).path("extensions").path("limit").asString()).isEqualTo("depth");
	}

}
