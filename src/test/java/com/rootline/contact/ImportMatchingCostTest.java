package com.rootline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import com.rootline.support.Profiles;
import org.junit.jupiter.api.Test;

/**
 * Matching an import's chunk reads only what its rows name: a chunk of 50 rows, each with a Rootline
 * id, an e-mail and a phone, costs the same few database hits on a store of 200 contacts as on one
 * of 5,000, with the plan made on the small store kept, as an import into an empty store keeps the
 * plan of its first chunk. (A plan that scanned an index per row made a 100,000-row restore take hours.)
 */
class ImportMatchingCostTest extends IntegrationTest {

	@Test
	void aChunksMatchingCostsTheSameWhateverTheStoresSize() {
		long small = hitsWith(200);
		long large = hitsWith(5_000);
		assertThat(large).as("hits on 5,000 contacts against %d on 200", small).isLessThanOrEqualTo(small + 50);
		assertThat(large).as("hits per row").isLessThanOrEqualTo(50 * 20);
	}

	private long hitsWith(int contacts) {
		try (var session = driver.session()) {
			session.run("""
					UNWIND range(1, $n) AS i
					MERGE (c:Contact {id: 'c' + i}) ON CREATE SET c.firstName = 'Ann', c.lastName = 'Lee' + i, c.externalId = 'x' + i
					MERGE (e:EmailAddress {normalized: 'p' + i + '@example.com'})
					MERGE (c)-[:HAS_EMAIL]->(e)
					MERGE (p:PhoneNumber {e164: '+1555' + i})
					MERGE (c)-[:HAS_PHONE]->(p)""", Map.of("n", contacts)).consume();
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Map<String, Object> row = new HashMap<>();
			row.put("index", i);
			row.put("rootlineId", java.util.UUID.randomUUID().toString());
			row.put("externalId", "y" + i);
			row.put("emails", List.of("q" + i + "@example.com", "p" + (i + 1) + "@example.com"));
			row.put("phones", List.of("+1666" + i));
			row.put("importKey", "k" + i);
			rows.add(row);
		}
		return Profiles.of(driver, queries.get("contact/import-matches"), Map.of("rows", rows)).dbHits();
	}

}
