package com.rootline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.graph.Statements;
import com.rootline.support.IntegrationTest;
import com.rootline.support.Profiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A list reads its page, not the list: on 10,000 contacts every order's page (first and later)
 * costs a bounded number of database hits, a filter costs at most the walk's budget plus its
 * anchor, and the unfiltered count comes from the count store.
 */
class ContactListCostTest extends IntegrationTest {

	private static final int CONTACTS = 10_000;

	/** Database hits one listed row may cost: the index entry, the filter's properties, the keys. */
	private static final int HITS_PER_ROW = 10;

	@Autowired
	ContactSearch search;

	@BeforeEach
	void tenThousandContacts() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < CONTACTS; i++) {
			Map<String, Object> row = new HashMap<>();
			String id = String.format("c%05d", i);
			row.put("id", id);
			row.put("nameKey", "name" + ((i * 7919) % CONTACTS) + "\u0001\u0001" + id);
			row.put("createdKey", String.format("%019d|%s", CONTACTS - i, id));
			row.put("contactedKey", String.format("%019d|%s", (i * 104_729L) % CONTACTS, id));
			row.put("level", List.of("A", "B", "C").get(i % 3));
			row.put("group", i % 2 == 0 ? "Big" : i % 331 == 0 ? "Small" : null);
			row.put("archived", i % 50 == 1);
			row.put("erased", i % 200 == 3);
			rows.add(row);
		}
		try (var session = driver.session()) {
			session.run("""
					UNWIND $rows AS row
					CREATE (c:Contact {id: row.id, nameKey: row.nameKey, createdKey: row.createdKey,
					        contactedKey: row.contactedKey, statusLevel: row.level, firstName: row.id,
					        createdAt: datetime(), version: 0, active: true})
					FOREACH (x IN CASE WHEN row.archived THEN [1] ELSE [] END | SET c:Archived, c.archivedAt = datetime())
					FOREACH (x IN CASE WHEN row.erased THEN [1] ELSE [] END | SET c:Erased, c.erasedAt = datetime())
					FOREACH (g IN CASE WHEN row.group IS NULL THEN [] ELSE [row.group] END |
					  MERGE (gr:Group {name: g}) CREATE (c)-[:IN_GROUP]->(gr))""", Map.of("rows", rows)).consume();
		}
	}

	private ContactSearch.PageQuery query(ContactFilter filter, String order, String after) {
		FilterParameters checked = search.params(filter);
		return new ContactSearch.PageQuery(checked, ContactSearch.Order.valueOf(order), 21, after,
				checked.anchor() == FilterParameters.Anchor.ALL ? Long.MAX_VALUE : ContactSearch.WALK_BUDGET);
	}

	private Map<String, Object> params(ContactFilter filter, String order, String after) {
		return Statements.parameters(query(filter, order, after));
	}

	private static String walk(String order) {
		return switch (order) {
			case "NAME" -> "contact/page-walk-name";
			case "CREATED_AT" -> "contact/page-walk-created";
			default -> "contact/page-walk-contacted";
		};
	}

	@Test
	void aPageInEveryOrderReadsAboutAPage() {
		for (String order : List.of("NAME", "CREATED_AT", "LAST_CONTACTED_AT")) {
			List<com.rootline.graph.KeyedRow> first = search.pageRows(query(ContactFilter.NONE, order, ""));
			assertThat(first).as(order).hasSize(21);
			String middle = search.pageRows(query(ContactFilter.NONE, order, "")).get(10).key();
			for (String after : List.of("", middle)) {
				Profiles cost = Profiles.of(driver, queries.get(walk(order)), params(ContactFilter.NONE, order, after));
				assertThat(cost.dbHits()).as(order + " after '" + after + "'").isLessThanOrEqualTo(21L * HITS_PER_ROW);
				assertThat(cost.operators()).as(order).noneMatch(o -> o.startsWith("Sort") || o.startsWith("Top")
						|| o.startsWith("EagerAggregation"));
			}
		}
	}

	@Test
	void aFilterReadsAtMostTheWalksBudgetAndThenItsAnchor() {
		ContactFilter big = new ContactFilter(null, "Big", null, null, null, null, null, null, null, null, null, false, null);
		Profiles dense = Profiles.of(driver, queries.get(walk("NAME")), params(big, "NAME", ""));
		assertThat(dense.dbHits()).as("half the contacts are in Big: the walk fills the page at once")
			.isLessThanOrEqualTo(2L * 21 * HITS_PER_ROW);
		assertThat(search.pageRows(query(big, "NAME", ""))).hasSize(21);

		ContactFilter small = new ContactFilter(null, "Small", null, null, null, null, null, null, null, null, null,
				false, null);
		Profiles walked = Profiles.of(driver, queries.get(walk("NAME")), params(small, "NAME", ""));
		Profiles anchored = Profiles.of(driver, queries.get("contact/page-anchored"), params(small, "NAME", ""));
		assertThat(walked.dbHits()).isLessThanOrEqualTo(ContactSearch.WALK_BUDGET * HITS_PER_ROW);
		assertThat(anchored.dbHits()).as("Small has 15 members").isLessThanOrEqualTo(2L * 15 * HITS_PER_ROW);
		long listed;
		try (var session = driver.session()) {
			listed = session.run("MATCH (c:Contact)-[:IN_GROUP]->(:Group {name: 'Small'}) WHERE c.archivedAt IS NULL "
					+ "AND c.erasedAt IS NULL RETURN count(c) AS n").single().get("n").asLong();
		}
		assertThat(search.pageRows(query(small, "NAME", ""))).hasSize((int) listed);
	}

	@Test
	void theUnfilteredCountComesFromTheCountStore() {
		Map<String, Object> params = params(ContactFilter.NONE, "NAME", "");
		assertThat(search.count(search.params(ContactFilter.NONE))).isEqualTo(CONTACTS - CONTACTS / 50 - CONTACTS / 200);
		Profiles cost = Profiles.of(driver, queries.get("contact/count-listed"), params);
		assertThat(cost.operators()).filteredOn(o -> o.startsWith("NodeCountFromCountStore")).hasSize(3);
		assertThat(cost.dbHits()).isLessThanOrEqualTo(10);

		ContactFilter archived = new ContactFilter(null, null, null, null, null, null, null, null, null, null, null,
				true, null);
		assertThat(search.count(search.params(archived))).isEqualTo(CONTACTS / 50);
		ContactFilter levelA = new ContactFilter(null, null, null, Contact.StatusLevel.A, null, null, null, null, null, null, null, false, null);
		long expected;
		try (var session = driver.session()) {
			expected = session.run("MATCH (c:Contact {statusLevel: 'A'}) WHERE c.archivedAt IS NULL AND c.erasedAt IS NULL "
					+ "RETURN count(c) AS n").single().get("n").asLong();
		}
		assertThat(search.count(search.params(levelA))).isEqualTo(expected);

		ContactFilter big = new ContactFilter(null, "Big", null, null, null, null, null, null, null, null, null, false, null);
		long members;
		try (var session = driver.session()) {
			members = session.run("MATCH (c:Contact)-[:IN_GROUP]->(:Group {name: 'Big'}) WHERE c.archivedAt IS NULL "
					+ "AND c.erasedAt IS NULL RETURN count(c) AS n").single().get("n").asLong();
		}
		assertThat(search.count(search.params(big))).isEqualTo(members);
		Profiles bigCount = Profiles.of(driver, queries.get("contact/count-anchor"), params(big, "NAME", ""));
		assertThat(bigCount.dbHits()).as("a group of 5,000 is counted from its degree and the archived contacts")
			.isLessThan(CONTACTS / 50 * HITS_PER_ROW);
		ContactFilter bigArchived = new ContactFilter(null, "Big", null, null, null, null, null, null, null, null, null,
				true, null);
		long archivedMembers;
		try (var session = driver.session()) {
			archivedMembers = session.run("MATCH (c:Contact)-[:IN_GROUP]->(:Group {name: 'Big'}) WHERE c.archivedAt IS NOT NULL "
					+ "AND c.erasedAt IS NULL RETURN count(c) AS n").single().get("n").asLong();
		}
		assertThat(search.count(search.params(bigArchived))).isEqualTo(archivedMembers);
	}

}
