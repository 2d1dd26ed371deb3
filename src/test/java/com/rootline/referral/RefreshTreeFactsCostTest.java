package com.rootline.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import com.rootline.support.Profiles;
import org.junit.jupiter.api.Test;

/**
 * Refreshing the tree facts of a batch of moved contacts (an import's links) reads their subtrees
 * and their lines up: what one moved contact costs does not grow with the batch (a batch of 500
 * costs at most ten times one of 50), so a larger batch is no slower per link.
 */
class RefreshTreeFactsCostTest extends IntegrationTest {

	@Test
	void aMovedContactCostsTheSameWhateverTheBatchSize() {
		try (var session = driver.session()) {
			session.run("UNWIND range(1, 3000) AS i CREATE (:Contact {id: 'c' + i})").consume();
			// Chains of three: c1 referred by c2, referred by c3; c4 by c5 by c6 …
			session.run("""
					UNWIND range(1, 3000) AS i
					WITH i WHERE i % 3 <> 0
					MATCH (c:Contact {id: 'c' + i}), (p:Contact {id: 'c' + (i + 1)})
					CREATE (c)-[:REFERRED_BY {referredOn: date('2026-01-01'), validFrom: date('2026-01-01')}]->(p)""")
				.consume();
		}
		long fifty = hits(50);
		long fiveHundred = hits(500);
		assertThat(fiveHundred).as("hits for 500 moved contacts against %d for 50", fifty).isLessThanOrEqualTo(fifty * 10);
	}

	private long hits(int moved) {
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= moved; i++) {
			ids.add("c" + i);
		}
		return Profiles.of(driver, queries.get("facts/refresh-tree-facts"), Map.of("contactIds", ids)).dbHits();
	}

}
