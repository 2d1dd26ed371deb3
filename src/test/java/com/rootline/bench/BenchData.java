package com.rootline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.rootline.graph.CypherQueries;
import org.neo4j.driver.Driver;

/**
 * The benchmark's data set, generated from a seed, so every run at a size sees the same graph:
 * <ul>
 * <li>contacts {@code b0..b(n-1)}, each with a name, an e-mail, a phone, a home address and two
 * interactions, created over two years;</li>
 * <li>about 35% are roots: most came from one of 12 outlets (4 media types, a skewed mix), one
 * in ten from one of 20 partner agents, and the first 10 have no recorded origin;</li>
 * <li>the rest were referred by an existing contact chosen by preferential attachment (a contact
 * that already referred people is likelier to refer again), so subtree sizes are heavy-tailed, with
 * depth capped at 20;</li>
 * <li>a closed deal for a quarter of the contacts, and spend per outlet per quarter, over the 8
 * quarters from 2024-Q3 to 2026-Q2.</li>
 * </ul>
 * It writes through the bulk path: batched {@code UNWIND} statements of 10,000 rows straight to
 * Neo4j (the shape the service's own writes produce), not through the API; the maintained root
 * facts, tree keys and ROI day facts are then set by the service's own queries.
 */
final class BenchData {

	static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 1);

	private static final int BATCH = 10_000;

	private static final int OUTLETS = 12;

	private static final int PARTNERS = 20;

	/** What the benchmark needs to know about the generated graph. */
	record Shape(int contacts, int roots, int deals, int[] parent, int[] depth, int[] descendants, long loadMs) {

		/** The contact with the most descendants. */
		int top() {
			int top = 0;
			for (int i = 0; i < contacts; i++) {
				if (descendants[i] > descendants[top]) {
					top = i;
				}
			}
			return top;
		}

		/** The first contact whose subtree size lies in the range, or -1. */
		int withDescendants(int min, int max) {
			for (int i = 0; i < contacts; i++) {
				if (descendants[i] >= min && descendants[i] <= max) {
					return i;
				}
			}
			return -1;
		}

		int deepest() {
			int deepest = 0;
			for (int i = 0; i < contacts; i++) {
				if (depth[i] > depth[deepest]) {
					deepest = i;
				}
			}
			return deepest;
		}

		double contactsPerSecond() {
			return contacts * 1000.0 / Math.max(1, loadMs);
		}

	}

	/** Contacts the benchmark's top agent owns: the brief's top agent keeps about 3,600. */
	static final int OWNED = 3_600;

	private BenchData() {
	}

	static Shape generate(Driver driver, int size, long seed) {
		long t0 = System.nanoTime();
		Random random = new Random(seed);
		int[] parent = new int[size];
		int[] depth = new int[size];
		int[] pool = new int[size * 2];
		int poolSize = 0;
		int roots = 0;
		for (int i = 0; i < size; i++) {
			if (i < 10 || random.nextDouble() < 0.35) {
				parent[i] = -1;
				roots++;
			}
			else {
				int p;
				do {
					p = pool[random.nextInt(poolSize)];
				}
				while (depth[p] >= 20);
				parent[i] = p;
				depth[i] = depth[p] + 1;
				pool[poolSize++] = p;
			}
			pool[poolSize++] = i;
		}
		seedCatalog(driver);
		writeContacts(driver, size, parent, random);
		int[] descendants = new int[size];
		for (int i = size - 1; i >= 0; i--) {
			if (parent[i] >= 0) {
				descendants[parent[i]] += descendants[i] + 1;
			}
		}
		int deals = writeOriginsAndDeals(driver, size, parent, descendants, random);
		// A bulk load leaves the index samples stale: a planner that believes there are no closed deals
		// starts at the (25% of contacts) closed deals and walks a whole subtree once per deal. This
		// resamples every index and clears the plan cache, as an operator does after a bulk load.
		try (var session = driver.session()) {
			session.run("CALL db.prepareForReplanning(600000)").consume();
		}
		return new Shape(size, roots, deals, parent, depth, descendants, (System.nanoTime() - t0) / 1_000_000);
	}

	private static void seedCatalog(Driver driver) {
		String[] types = { "radio", "tv", "internet", "print" };
		List<Map<String, Object>> outlets = new ArrayList<>();
		for (int i = 0; i < OUTLETS; i++) {
			outlets.add(Map.of("id", "o" + i, "name", "Outlet " + i, "type", "media-type-" + types[i % 4]));
		}
		List<Map<String, Object>> partners = new ArrayList<>();
		for (int i = 0; i < PARTNERS; i++) {
			partners.add(Map.of("id", "p" + i, "name", "Partner " + i));
		}
		run(driver, """
				UNWIND $outlets AS o
				MATCH (t:MediaType {id: o.type})
				CREATE (:MediaOutlet {id: o.id, name: o.name, active: true})-[:OF_TYPE]->(t)
				WITH o
				UNWIND range(0, 7) AS q
				MATCH (out:MediaOutlet {id: o.id})
				CREATE (:AdSpend {id: o.id + '-' + q, amountMinor: 500000 + q * 10000,
				                  spentOn: date('2024-07-15') + duration({months: 3 * q}), historyAction: []})-[:FOR]->(out)""",
				Map.of("outlets", outlets));
		run(driver, """
				CREATE (:Agent {id: 'top-agent', kind: 'TEAM', role: 'AGENT', name: 'Top Agent', nameKey: 'top agent|top-agent',
				                createdAt: datetime(), version: 1, active: true})
				CREATE (:CustomFieldDefinition {key: 'loan_type', label: 'Loan type', type: 'TEXT', options: [],
				                                createdAt: datetime(), updatedAt: datetime()})""", Map.of());
		run(driver, """
				UNWIND $partners AS p
				CREATE (:Agent {id: p.id, kind: 'PARTNER', role: 'OUTSIDE_AGENT', name: p.name, company: 'Partner Realty',
				                createdAt: datetime(), version: 1, active: true})""", Map.of("partners", partners));
	}

	private static void writeContacts(Driver driver, int size, int[] parent, Random random) {
		// A generator of its own, so that adding the dates left every earlier draw (and row) as it was.
		Random dates = new Random(size);
		String[] first = { "Maria", "Luis", "Ann", "Bob", "Kim", "Joe", "Zoe", "Sofia", "Chen", "Ola", "Ravi", "Eva" };
		String[] last = { "Garcia", "Lee", "Park", "Moss", "Nguyen", "Smith", "Muller", "Obrien", "Kowalski", "Ito" };
		for (int from = 0; from < size; from += BATCH) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (int i = from; i < Math.min(size, from + BATCH); i++) {
				String firstName = first[random.nextInt(first.length)];
				String lastName = last[random.nextInt(last.length)] + i;
				LocalDate created = FIRST_DAY.minusDays(400).plusDays(i * 1100L / size);
				Map<String, Object> row = new HashMap<>();
				row.put("id", "b" + i);
				row.put("parent", parent[i] < 0 ? null : "b" + parent[i]);
				row.put("first", firstName);
				row.put("last", lastName);
				row.put("createdAt", created.atStartOfDay(ZoneOffset.UTC));
				row.put("contactedAt", created.plusDays(random.nextInt(300)).atStartOfDay(ZoneOffset.UTC));
				row.put("street", (1 + random.nextInt(9999)) + " Oak Street");
				String exchange = String.format("%03d", 200 + i / 10_000);
				String line = String.format("%04d", i % 10_000);
				row.put("phone", "+1 415 " + exchange + " " + line);
				row.put("e164", "+1415" + exchange + line);
				row.put("postal", String.format("%05d", 10000 + random.nextInt(89999)));
				// For the list rows: a group of one contact in ten, a tag of one in a hundred, an owner of
				// 3,600 (a top agent's book), three status levels and a custom field.
				row.put("level", List.of("A", "B", "C").get(i % 3));
				row.put("group", i % 10 == 0);
				row.put("tag", i % 100 == 0);
				row.put("owned", i % Math.max(1, size / OWNED) == 0);
				row.put("loanType", List.of("FHA", "VA", "CONVENTIONAL", "JUMBO", "USDA", "ARM", "FIXED").get(i % 7));
				// For the dates that matter: four in five know a birthday (one in ten without its year),
				// one in four a wedding anniversary, one in five a child's birthday.
				LocalDate born = LocalDate.of(1950 + dates.nextInt(55), 1, 1).plusDays(dates.nextInt(365));
				row.put("birthday", dates.nextInt(5) == 0 ? null
						: dates.nextInt(10) == 0 ? "-" + born.toString().substring(4) : born.toString());
				row.put("birthMonth", row.get("birthday") == null ? null : (long) born.getMonthValue());
				row.put("anniversary", dates.nextInt(4) == 0 ? born.plusYears(25).plusDays(dates.nextInt(200)).toString() : null);
				row.put("childBirthdays", dates.nextInt(5) == 0 ? List.of(born.plusYears(30).plusDays(dates.nextInt(300)).toString())
						: null);
				batch.add(row);
			}
			run(driver, """
					UNWIND $rows AS row
					CREATE (c:Contact {id: row.id, firstName: row.first, lastName: row.last,
					        displayName: row.first + ' ' + row.last, nameKey: toLower(row.last + ' ' + row.first) + '|' + row.id,
					        createdKey: row.id, contactedKey: row.id, createdAt: row.createdAt,
					        lastContactedAt: row.contactedAt, active: true, statusLevel: row.level, version: 1,
					        searchText: toLower(row.first + ' ' + row.last), cf_loan_type: row.loanType,
					        birthday: row.birthday, birthMonth: row.birthMonth, anniversary: row.anniversary,
					        childBirthdays: row.childBirthdays, childNames: CASE WHEN row.childBirthdays IS NULL THEN null ELSE ['Kid'] END})
					FOREACH (x IN CASE WHEN row.group THEN [1] ELSE [] END |
					  MERGE (g:Group {name: 'Past Clients'}) CREATE (c)-[:IN_GROUP]->(g))
					FOREACH (x IN CASE WHEN row.tag THEN [1] ELSE [] END |
					  MERGE (t:Tag {name: 'vip'}) CREATE (c)-[:TAGGED]->(t))
					FOREACH (x IN CASE WHEN row.owned THEN [1] ELSE [] END |
					  MERGE (a:Agent {id: 'top-agent'}) CREATE (a)-[:OWNS]->(c))
					CREATE (c)-[:HAS_EMAIL {type: 'HOME', address: row.id + '@bench.example', position: 0}]->
					       (:EmailAddress {normalized: row.id + '@bench.example'})
					CREATE (c)-[:HAS_PHONE {type: 'MOBILE', number: row.phone, position: 0}]->(:PhoneNumber {e164: row.e164})
					CREATE (c)-[:HAS_ADDRESS]->(:PostalAddress {id: randomUUID(), type: 'HOME', lines: [row.street],
					        city: 'Springfield', region: 'IL', postalCode: row.postal, country: 'US', position: 0,
					        householdKey: toLower(row.street) + '|springfield|' + row.postal + '|US'})
					CREATE (c)-[:HAD]->(:Interaction {id: row.id + '-i1', contactId: row.id, kind: 'CALL', direction: 'OUTBOUND',
					        occurredAt: row.contactedAt, summary: 'Checked in', loggedBy: 'bench', loggedAt: row.contactedAt})
					CREATE (c)-[:HAD]->(:Interaction {id: row.id + '-i2', contactId: row.id, kind: 'EMAIL', direction: 'INBOUND',
					        occurredAt: row.createdAt, summary: 'First enquiry', loggedBy: 'bench', loggedAt: row.createdAt})
					WITH c, row WHERE row.parent IS NOT NULL
					MATCH (p:Contact {id: row.parent})
					CREATE (c)-[:REFERRED_BY {id: 'r-' + row.id, referredOn: date(row.createdAt), validFrom: date(row.createdAt),
					        recordedBy: 'bench', recordedAt: row.createdAt}]->(p)""", Map.of("rows", batch));
		}
	}

	/** Leads of outlets and partners for the roots, root facts, and closed deals. Returns the deal count. */
	private static int writeOriginsAndDeals(Driver driver, int size, int[] parent, int[] descendants, Random random) {
		List<Map<String, Object>> origins = new ArrayList<>();
		List<Map<String, Object>> deals = new ArrayList<>();
		for (int i = 10; i < size; i++) {
			if (parent[i] < 0) {
				LocalDate on = FIRST_DAY.plusDays(random.nextInt(730));
				// One root in ten came through a partner; the rest heard an ad, low-numbered outlets most often.
				String origin = random.nextInt(10) == 0 ? "p" + random.nextInt(PARTNERS)
						: "o" + Math.min(OUTLETS - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 3));
				origins.add(Map.of("id", "b" + i, "origin", origin, "on", on));
			}
			if (random.nextInt(4) == 0) {
				deals.add(Map.of("id", "d" + i, "contact", "b" + i, "on", FIRST_DAY.plusDays(random.nextInt(730)),
						"revenue", 100_000L + random.nextInt(1_900_000)));
			}
		}
		for (int from = 0; from < origins.size(); from += BATCH) {
			run(driver, """
					UNWIND $rows AS row
					MATCH (c:Contact {id: row.id})
					CALL (row) {
					  MATCH (o:MediaOutlet {id: row.origin}) RETURN o
					  UNION
					  MATCH (o:Agent {id: row.origin}) RETURN o
					}
					CREATE (c)-[:REFERRED_BY {id: 'lead-' + row.id, referredOn: row.on, validFrom: row.on, recordedBy: 'bench',
					        recordedAt: datetime()}]->(o)""", Map.of("rows", origins.subList(from, Math.min(origins.size(), from + BATCH))));
		}
		// The maintained facts (root outlet, tree keys) come from the service's own query, run for every
		// root: that walks each tree once. Partner and outlet leads are roots of the contact forest.
		CypherQueries queries = new CypherQueries();
		String refresh = queries.get("facts/refresh-tree-facts");
		// A transaction holds at most about 20,000 refreshed contacts (a bigger tree goes alone).
		List<String> batch = new ArrayList<>();
		int batchNodes = 0;
		for (int i = 0; i <= size; i++) {
			if (i == size || (parent[i] < 0 && batchNodes + descendants[i] + 1 > 20_000 && !batch.isEmpty())) {
				run(driver, refresh, Map.of("contactIds", List.copyOf(batch)));
				batch.clear();
				batchNodes = 0;
			}
			if (i < size && parent[i] < 0) {
				batch.add("b" + i);
				batchNodes += descendants[i] + 1;
			}
		}
		// Level counters bottom-up, with the service's own recount: deepest contacts first, outlets and
		// partners last, so every party's children are counted before it.
		int[] depth = new int[size];
		boolean[] referred = new boolean[size];
		for (int i = 0; i < size; i++) {
			depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
			if (parent[i] >= 0) {
				referred[parent[i]] = true;
			}
		}
		String recount = queries.get("facts/recount-level-counts");
		for (int d = 20; d >= 0; d--) {
			List<String> level = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				if (depth[i] == d && referred[i]) {
					level.add("b" + i);
				}
			}
			for (int from = 0; from < level.size(); from += BATCH) {
				run(driver, recount, Map.of("ids", level.subList(from, Math.min(level.size(), from + BATCH))));
			}
		}
		List<String> tops = new ArrayList<>();
		for (int i = 0; i < OUTLETS; i++) {
			tops.add("o" + i);
		}
		for (int i = 0; i < PARTNERS; i++) {
			tops.add("p" + i);
		}
		run(driver, recount, Map.of("ids", tops));
		for (int from = 0; from < deals.size(); from += BATCH) {
			run(driver, """
					UNWIND $rows AS row
					MATCH (c:Contact {id: row.contact})
					CREATE (c)-[:PARTY_TO {treeKey: c.treeKey}]->(:Deal {id: row.id, kind: 'PURCHASE', stage: 'CLOSED', closedOn: row.on,
					                                revenueMinor: row.revenue, version: 1, createdKey: row.id, createdAt: datetime(),
					                                historyStage: ['CLOSED'], historyFrom: [''], historyAt: [datetime()], historyBy: ['bench']})""",
					Map.of("rows", deals.subList(from, Math.min(deals.size(), from + BATCH))));
		}
		// Subtree values, gift facts and the per-day touch counts with the statements migrations V012,
		// V013 and V015 build them with for existing data.
		try {
			String facts = Files.readString(Path.of("cypher/migrations/V012__subtree_values.cypher"))
					+ Files.readString(Path.of("cypher/migrations/V013__gift_facts.cypher"))
					+ Files.readString(Path.of("cypher/migrations/V015__touch_days.cypher"));
			for (String statement : facts.split(";\\s*\\n")) {
				if (!statement.isBlank()) {
					try (var session = driver.session()) {
						session.run(statement).consume();
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Then the day facts of channel ROI, with the service's own query, for every day of the data.
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = FIRST_DAY.minusDays(400); day.isBefore(FIRST_DAY.plusDays(800)); day = day.plusDays(1)) {
			days.add(day);
		}
		for (int from = 0; from < days.size(); from += 50) {
			run(driver, queries.get("facts/refresh-roi-days"), Map.of("days", days.subList(from, Math.min(days.size(), from + 50))));
		}
		// And the per-day deal counters seasonality reads, in the zone the service counts them in.
		String zone;
		try (var session = driver.session()) {
			zone = session.run("MATCH (s:FactsState {id: 'day-counters'}) RETURN s.zone AS zone").single().get("zone").asString();
		}
		List<String> dealIds = deals.stream().map(d -> (String) d.get("id")).toList();
		for (int from = 0; from < dealIds.size(); from += BATCH) {
			run(driver, queries.get("facts/count-deal-days"),
					Map.of("dealIds", dealIds.subList(from, Math.min(dealIds.size(), from + BATCH)), "zone", zone));
		}
		// And the mix, funnel, book and activity counters the reports read, as a facts rebuild counts them.
		try (var session = driver.session()) {
			session.run(queries.get("facts/mark-book-counted"), Map.of("zone", zone)).consume();
			session.run(queries.get("facts/recount-book")).consume();
			session.run(queries.get("facts/mark-interactions-counted"), Map.of("zone", zone)).consume();
			session.run(queries.get("facts/mark-tasks-counted"), Map.of("zone", zone)).consume();
			session.run(queries.get("facts/recount-activity")).consume();
			session.run(queries.get("facts/mark-mix-counted")).consume();
			session.run(queries.get("facts/recount-mix")).consume();
			session.run(queries.get("facts/mark-funnel-counted"), Map.of("zone", zone)).consume();
			session.run(queries.get("facts/recount-funnel")).consume();
		}
		return deals.size();
	}

	private static void run(Driver driver, String cypher, Map<String, Object> params) {
		try (var session = driver.session()) {
			session.executeWrite(tx -> tx.run(cypher, params).consume());
		}
	}

}
