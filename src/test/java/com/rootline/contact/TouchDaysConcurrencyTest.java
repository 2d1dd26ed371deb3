package com.rootline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.rootline.support.ConcurrentWriters;
import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Eight writers at once over HTTP, all on the same few days: new contacts, interactions today and on
 * two other days, referrals that give contacts their first descendant or take their last. Every
 * writer adjusts the same per-day touch counts; none of the increments may be lost, and the counts
 * end as a recount of the contacts gives them.
 */
class TouchDaysConcurrencyTest extends IntegrationTest {

	@Test
	void concurrentWritersOnTheSameDaysLoseNoCount() throws Exception {
		List<String> contacts = new CopyOnWriteArrayList<>();
		for (int i = 0; i < 12; i++) {
			contacts.add(create("Seed" + i));
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<String> days = List.of(today + "T09:00:00Z", today.minusDays(1) + "T09:00:00Z", "2025-01-01T09:00:00Z");
		Map<String, Integer> outcomes = ConcurrentWriters.run(8, 20_261_123L, thread -> 25, (thread, random) -> {
			String one = contacts.get(random.nextInt(contacts.size()));
			String other = contacts.get(random.nextInt(contacts.size()));
			int op = random.nextInt(10);
			if (op < 3) {
				Response r = gql(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) "
						+ "{ contact { id } userErrors { code } } }", Map.of("n", "N" + random.nextInt(1_000_000)));
				if (r.errors().isMissingNode()) {
					contacts.add(r.at("createContact.contact.id").asString());
				}
				return ConcurrentWriters.outcome(r, "createContact");
			}
			if (op < 7) {
				return ConcurrentWriters.outcome(gql(AGENT, "mutation($c: ID!, $at: DateTime!) { logInteraction(input: "
						+ "{contactId: $c, kind: CALL, occurredAt: $at, summary: \"Called\"}) { userErrors { code } } }",
						Map.of("c", one, "at", days.get(random.nextInt(days.size())))), "logInteraction");
			}
			return ConcurrentWriters.outcome(gql(AGENT, "mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, "
					+ "referrerId: $r, replace: true}) { userErrors { code } } }", Map.of("c", one, "r", other)),
					"recordReferral");
		});
		assertThat(outcomes.keySet()).as("every write lands or is refused for a business reason")
			.allMatch(k -> List.of("OK", "REFERRAL_CYCLE", "SELF_REFERRAL", "TIMEOUT").contains(k));
		assertThat(outcomes.get("OK")).isGreaterThan(150);
		assertThat(count("MATCH (t:TouchDay) RETURN count(t)")).as("three days and more were written").isGreaterThanOrEqualTo(3);
		assertThat(count("MATCH (c:Contact) WHERE c.descendants > 0 RETURN count(c)")).as("some contacts score").isPositive();
		assertTouchCountsTrue();
	}

	private String create(String name) {
		return ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) { contact { id } } }",
				Map.of("n", name)).at("createContact.contact.id").asString();
	}

}
