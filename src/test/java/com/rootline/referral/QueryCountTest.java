package com.rootline.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import com.rootline.support.TestData;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Statistic;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No N+1: the number of Cypher queries a request sends does not grow with the data it returns.
 * The driver's observation counts every RUN message it sends.
 */
class QueryCountTest extends IntegrationTest {

	private static final String LIST = """
			{ contacts(first: 100) { totalCount edges { node { id displayName
			    referredBy { ... on Contact { id } ... on Agent { id } ... on MediaOutlet { id } }
			    referral { referredOn } ancestry { ... on Contact { id } } originalSource { ... on Contact { id } }
			    referrals(first: 5) { totalCount edges { node { id } } } referralHistory { validFrom }
			    interactions(first: 2) { totalCount edges { node { summary } } }
			    deals { id contacts { id } } owner { name } } } } }""";

	private static final String TREE = """
			query($root: ID!) { referralTree(rootId: $root, first: 100) { totalCount
			  edges { node { depth parentId contact { id displayName referredBy { ... on Contact { id } } } } } } }""";

	@Autowired
	MeterRegistry registry;

	private long runs() {
		return exchanges("run");
	}

	/** How many Bolt messages of this kind (run, begin, commit) the driver has sent. */
	private long exchanges(String kind) {
		double count = 0;
		for (Meter meter : registry.find("neo4j.bolt.client.exchange.duration.summary." + kind).meters()) {
			for (Measurement m : meter.measure()) {
				if (m.getStatistic() == Statistic.COUNT) {
					count += m.getValue();
				}
			}
		}
		return (long) count;
	}

	private long queriesFor(String query, Map<String, Object> variables) throws InterruptedException {
		ok(AGENT, query, variables);
		long before = settled();
		ok(AGENT, query, variables);
		return settled() - before;
	}

	/** The count once the driver has recorded every observation; they complete just after the response. */
	private long settled() throws InterruptedException {
		return settled("run");
	}

	private long settled(String kind) throws InterruptedException {
		long last = -1;
		long now = exchanges(kind);
		while (now != last) {
			Thread.sleep(150);
			last = now;
			now = exchanges(kind);
		}
		return now;
	}

	/** A chain of n contacts, each referred by the one before, each with an interaction and a deal. */
	private String chain(int n) {
		TestData.wipe(driver);
		TestData.createRoleTokens(driver, Map.of("AGENT", AGENT));
		try (var session = driver.session()) {
			session.run("""
					UNWIND range(1, $n) AS i
					CREATE (c:Contact {id: 'q' + i, firstName: 'Q' + i, displayName: 'Q' + i, nameKey: 'q' + right('000' + i, 3),
					                   createdKey: toString(i), contactedKey: toString(i), version: 1, createdAt: datetime(),
					                   active: false})
					CREATE (c)-[:HAD]->(:Interaction {id: 'i' + i, contactId: 'q' + i, kind: 'NOTE', summary: 'hi',
					                                  occurredAt: datetime(), loggedBy: 'test'})
					CREATE (c)-[:PARTY_TO]->(:Deal {id: 'd' + i, kind: 'SALE', stage: 'LEAD', version: 1, historyStage: [],
					                                historyFrom: [], historyAt: [], historyBy: [], createdAt: datetime()})
					WITH collect(c) AS cs
					UNWIND range(1, size(cs) - 1) AS i
					WITH cs[i - 1] AS parent, cs[i] AS child
					CREATE (child)-[:REFERRED_BY {id: child.id, referredOn: date('2026-01-01'), validFrom: date('2026-01-01'),
					                              recordedBy: 'test', recordedAt: datetime()}]->(parent)""", Map.of("n", n))
				.consume();
		}
		refreshTreeFacts(List.of("q1"));
		return "q1";
	}

	@Test
	void aListPageWithEveryNestedFieldCostsTheSameQueriesForFiveOrFortyContacts() throws InterruptedException {
		chain(5);
		long small = queriesFor(LIST, Map.of());
		chain(40);
		long large = queriesFor(LIST, Map.of());
		assertThat(small).isPositive();
		assertThat(large).isEqualTo(small);
		System.out.println("QUERIES list page with every nested field: " + small);
	}

	@Test
	void aTreePageCostsTheSameQueriesWhateverTheTreesSize() throws InterruptedException {
		String root = chain(5);
		long small = queriesFor(TREE, Map.of("root", root));
		chain(40);
		long large = queriesFor(TREE, Map.of("root", root));
		assertThat(ok(AGENT, TREE, Map.of("root", root)).at("referralTree.edges")).as("20 levels, the default depth").hasSize(20);
		assertThat(small).isPositive();
		assertThat(large).isEqualTo(small);
	}

	/**
	 * A point query is the statement and nothing else: an explicit transaction around a read by id
	 * would cost a begin and a commit round trip, as much again as the read.
	 */
	@Test
	void aContactByIdIsOneStatementWithoutATransaction() throws InterruptedException {
		chain(3);
		String contact = "query($id: ID!) { contact(id: $id) { id displayName emails { address } phones { number } } }";
		String withReferrer = "query($id: ID!) { contact(id: $id) { id referredBy { ... on Contact { id displayName } } } }";
		assertThat(ok(AGENT, contact, Map.of("id", "q2")).at("contact.displayName").asString()).isEqualTo("Q2");
		assertThat(ok(AGENT, withReferrer, Map.of("id", "q2")).at("contact.referredBy.id").asString()).isEqualTo("q1");
		long begins = settled("begin");
		long commits = settled("commit");
		long runs = settled();
		ok(AGENT, contact, Map.of("id", "q2"));
		assertThat(settled() - runs).as("statements: the caller's token (not cached in tests), then the contact").isEqualTo(2);
		ok(AGENT, withReferrer, Map.of("id", "q2"));
		assertThat(settled("begin") - begins).as("transactions begun").isZero();
		assertThat(settled("commit") - commits).as("transactions committed").isZero();
	}

	/**
	 * A page of today's tree is one statement with its count (bounded by the page, so it needs no
	 * transaction for a timeout): a dashboard draws trees page after page.
	 */
	@Test
	void aPageOfTodaysTreeIsOneStatementWithoutATransaction() throws InterruptedException {
		String root = chain(30);
		rebuildMaintainedFacts();
		String page = "query($root: ID!, $after: String) { referralTree(rootId: $root, first: 10, after: $after) { "
				+ "totalCount edges { node { depth parentId contact { id displayName } } } pageInfo { endCursor } } }";
		Map<String, Object> variables = new HashMap<>(Map.of("root", root));
		variables.put("after", null);
		String cursor = ok(AGENT, page, variables).at("referralTree.pageInfo.endCursor").asString();
		variables.put("after", cursor);
		long begins = settled("begin");
		long commits = settled("commit");
		long runs = settled();
		var second = ok(AGENT, page, variables);
		assertThat(second.at("referralTree.totalCount").asInt()).as("29 below, 20 levels deep by default").isEqualTo(20);
		assertThat(second.at("referralTree.edges/0/node/contact/id").asString()).isEqualTo("q12");
		assertThat(settled() - runs).as("statements: the caller's token (not cached in tests), then the page").isEqualTo(2);
		assertThat(settled("begin") - begins).as("transactions begun").isZero();
		assertThat(settled("commit") - commits).as("transactions committed").isZero();
	}

	/** An ancestry that shows the parties' own fields comes with its chain, whatever the parties' kinds. */
	@Test
	void anAncestryIsOneStatementWithItsParties() throws InterruptedException {
		chain(4);
		try (var session = driver.session()) {
			session.run("""
					MATCH (top:Contact {id: 'q1'})
					MERGE (type:MediaType {id: 'media-type-radio'}) ON CREATE SET type.key = 'RADIO', type.name = 'Radio'
					CREATE (top)-[:REFERRED_BY {id: 'q1', referredOn: date('2026-01-01'), validFrom: date('2026-01-01'),
					                            recordedBy: 'test', recordedAt: datetime()}]->(:MediaOutlet {id: 'o1', name: 'KXYZ',
					                            active: true})-[:OF_TYPE]->(type)""").consume();
		}
		String ancestry = "query($id: ID!) { contact(id: $id) { id ancestry { __typename "
				+ "... on Contact { id displayName } ... on MediaOutlet { name mediaType { id } } } } }";
		ok(AGENT, ancestry, Map.of("id", "q4"));
		long runs = settled();
		var chain = ok(AGENT, ancestry, Map.of("id", "q4")).at("contact.ancestry");
		assertThat(chain.findValuesAsString("__typename")).containsExactly("Contact", "Contact", "Contact", "MediaOutlet");
		assertThat(chain.get(3).path("name").asString()).isEqualTo("KXYZ");
		assertThat(chain.get(3).at("/mediaType/id").asString()).isEqualTo("media-type-radio");
		assertThat(settled() - runs).as("statements: the caller's token, the contact, its chain with the parties, "
				+ "the outlet's media type").isEqualTo(4);
	}

}
