package com.rootline.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
		Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				Random random = new Random(20_261_123L + t);
				futures.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						String one = contacts.get(random.nextInt(contacts.size()));
						String other = contacts.get(random.nextInt(contacts.size()));
						int op = random.nextInt(10);
						Response r;
						String field;
						if (op < 3) {
							r = gql(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) "
									+ "{ contact { id } userErrors { code } } }", Map.of("n", "N" + random.nextInt(1_000_000)));
							field = "createContact";
							if (r.errors().isMissingNode()) {
								contacts.add(r.at("createContact.contact.id").asString());
							}
						}
						else if (op < 7) {
							r = gql(AGENT, "mutation($c: ID!, $at: DateTime!) { logInteraction(input: {contactId: $c, "
									+ "kind: CALL, occurredAt: $at, summary: \"Called\"}) { userErrors { code } } }",
									Map.of("c", one, "at", days.get(random.nextInt(days.size()))));
							field = "logInteraction";
						}
						else {
							r = gql(AGENT, "mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, "
									+ "referrerId: $r, replace: true}) { userErrors { code } } }", Map.of("c", one, "r", other));
							field = "recordReferral";
						}
						String outcome = "TIMEOUT".equals(r.errorCode()) ? "TIMEOUT"
								: !r.errors().isMissingNode() ? "ERROR " + r.body()
										: r.at(field + ".userErrors").isEmpty() ? "OK"
												: r.at(field + ".userErrors").get(0).path("code").asString();
						outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(outcomes.keySet()).as("every write lands or is refused for a business reason")
			.allMatch(k -> List.of("OK", "REFERRAL_CYCLE", "SELF_REFERRAL", "TIMEOUT").contains(k));
		assertThat(outcomes.get("OK").get()).isGreaterThan(150);
		assertThat(count("MATCH (t:TouchDay) RETURN count(t)")).as("three days and more were written").isGreaterThanOrEqualTo(3);
		assertThat(count("MATCH (c:Contact) WHERE c.descendants > 0 RETURN count(c)")).as("some contacts score").isPositive();
		assertTouchCountsTrue();
	}

	private String create(String name) {
		return ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) { contact { id } } }",
				Map.of("n", name)).at("createContact.contact.id").asString();
	}

}
