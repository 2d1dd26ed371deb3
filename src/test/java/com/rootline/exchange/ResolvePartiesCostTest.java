package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import com.rootline.support.Profiles;
import org.junit.jupiter.api.Test;

/**
 * Resolving a batch of an import's referrers (ids, external ids, e-mails, outlet names) costs the
 * same few database hits on a store of 5,000 contacts as on one of 200, with the plan made on the
 * small store kept, as a restore into an empty store keeps the plan of its first batch.
 */
class ResolvePartiesCostTest extends IntegrationTest {

	@Test
	void aBatchOfReferrersCostsTheSameWhateverTheStoresSize() {
		long small = hitsWith(200);
		long large = hitsWith(5_000);
		assertThat(large).as("hits on 5,000 contacts against %d on 200", small).isLessThanOrEqualTo(small + 100);
	}

	private long hitsWith(int contacts) {
		try (var session = driver.session()) {
			session.run("""
					UNWIND range(1, $n) AS i
					MERGE (c:Contact {id: 'c' + i}) ON CREATE SET c.firstName = 'Ann', c.externalId = 'x' + i
					MERGE (e:EmailAddress {normalized: 'p' + i + '@example.com'})
					MERGE (c)-[:HAS_EMAIL]->(e)""", Map.of("n", contacts)).consume();
		}
		List<String> keys = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			keys.add(i % 4 == 0 ? "c" + i : i % 4 == 1 ? "x" + i : i % 4 == 2 ? "P" + i + "@example.com" : "KXYZ Radio");
		}
		return Profiles.of(driver, queries.get("exchange/resolve-parties"), Map.of("keys", keys)).dbHits();
	}

}
