package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Duplicate matching never merges two people: seeded random people who share office phones and
 * household e-mails are imported, then imported again written differently (case, accents, initials,
 * shortenings) with UPDATE, with new people who share those phones and e-mails. Every person ends
 * as exactly one contact, no contact holds two people's own e-mails, and no name is overwritten.
 */
class ImportMatchingTest extends ImportTestSupport {

	private static final String[] FIRST = { "José", "Robert", "Maria", "Anne", "Oskar", "Lena", "Tomás", "Grace" };

	private static final String[] LAST = { "Smith", "García", "Nguyen", "Müller", "Okafor", "Kowalski" };

	private record Person(int n, String first, String last, String email, String phone, String household) {
	}

	private static String header() {
		return "First Name,Last Name,E-mail 1 - Value,E-mail 2 - Value,Phone 1 - Value,Organization Name\r\n";
	}

	private static String row(String first, String last, List<String> emails, String phone, int n) {
		return String.join(",", first, last, emails.isEmpty() ? "" : emails.get(0), emails.size() > 1 ? emails.get(1) : "",
				phone == null ? "" : phone, "person-" + n) + "\r\n";
	}

	/** The same name as a person would write it another day. */
	private static String variant(String name, Random random, boolean first) {
		return switch (random.nextInt(first ? 5 : 3)) {
			case 0 -> name.toUpperCase(Locale.ROOT);
			case 1 -> java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			case 2 -> name.toLowerCase(Locale.ROOT);
			case 3 -> name.charAt(0) + ".";
			default -> name.substring(0, 3);
		};
	}

	@Test
	void sharedPhonesAndHouseholdEMailsNeverMergeTwoPeople() {
		for (long seed : new long[] { 1, 2, 3 }) {
			resetData();
			Random random = new Random(seed);
			// Different people have different names here: two people with one name and one phone cannot be told apart.
			List<String[]> names = new ArrayList<>();
			for (String f : FIRST) {
				for (String l : LAST) {
					names.add(new String[] { f, l });
				}
			}
			java.util.Collections.shuffle(names, random);
			List<Person> people = new ArrayList<>();
			for (int n = 0; n < 36; n++) {
				String last = names.get(n)[1];
				String first = names.get(n)[0];
				String office = random.nextInt(3) == 0 ? null : "+1 312 555 01" + String.format("%02d", random.nextInt(4));
				String household = random.nextBoolean() ? last.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + random.nextInt(3)
						+ "@family.example" : null;
				people.add(new Person(n, first, last, "own" + n + "@seed" + seed + ".example", office, household));
			}
			List<Person> known = people.subList(0, 24);
			List<Person> newcomers = people.subList(24, 36);

			StringBuilder first = new StringBuilder(header());
			for (Person p : known) {
				List<String> emails = new ArrayList<>(List.of(p.email()));
				if (p.household() != null) {
					emails.add(p.household());
				}
				first.append(row(p.first(), p.last(), emails, p.phone(), p.n()));
			}
			JsonNode job1 = importAndWait("first.csv", first.toString().getBytes(StandardCharsets.UTF_8),
					Map.of("onDuplicate", "UPDATE"));
			assertThat(job1.path("status").asString()).as(job1.toString()).isEqualTo("COMPLETED");

			StringBuilder second = new StringBuilder(header());
			List<Object> rows = new ArrayList<>(known);
			rows.addAll(newcomers);
			java.util.Collections.shuffle(rows, random);
			for (Object o : rows) {
				Person p = (Person) o;
				if (p.n() < 24) {
					// Known: written differently, with their own e-mail and perhaps the shared phone.
					second.append(row(variant(p.first(), random, true), variant(p.last(), random, false), List.of(p.email()),
							random.nextBoolean() ? p.phone() : null, p.n()));
				}
				else {
					// New: only what they share with others (an office phone, a household e-mail) and their own e-mail.
					List<String> emails = new ArrayList<>();
					if (p.household() != null) {
						emails.add(p.household());
					}
					emails.add(p.email());
					second.append(row(p.first(), p.last(), emails, p.phone(), p.n()));
				}
			}
			JsonNode job2 = importAndWait("second.csv", second.toString().getBytes(StandardCharsets.UTF_8),
					Map.of("onDuplicate", "UPDATE"));
			assertThat(job2.path("failed").asInt()).as(job2.toString()).isZero();

			// Every person is one contact, holding only their own e-mail of the own ones, with the first name they came with.
			Map<String, Integer> ownerOfEmail = new HashMap<>();
			people.forEach(p -> ownerOfEmail.put(p.email(), p.n()));
			Set<Integer> seen = new HashSet<>();
			try (var session = driver.session()) {
				var contacts = session.run("""
						MATCH (c:Contact)
						RETURN c.firstName AS first, c.company AS company,
						       [(c)-[:HAS_EMAIL]->(e) | e.normalized] AS emails""").list();
				assertThat(contacts).as("seed " + seed).hasSize(people.size());
				for (var c : contacts) {
					Set<Integer> owners = new HashSet<>();
					for (Object e : c.get("emails").asList()) {
						Integer owner = ownerOfEmail.get((String) e);
						if (owner != null) {
							owners.add(owner);
						}
					}
					assertThat(owners).as("seed %d: a contact with the own e-mails of %s", seed, owners).hasSize(1);
					int n = owners.iterator().next();
					assertThat(seen.add(n)).as("seed %d: person %d is one contact", seed, n).isTrue();
					assertThat(c.get("first").asString()).as("seed %d: person %d keeps their name", seed, n)
						.isEqualTo(people.get(n).first());
				}
			}
			boolean anyShared = newcomers.stream()
				.anyMatch(p -> p.phone() != null && known.stream().anyMatch(k -> p.phone().equals(k.phone())));
			if (anyShared) {
				assertThat(count("MATCH ()-[d:POSSIBLE_DUPLICATE]->() RETURN count(d)")).as("pairs kept apart are recorded")
					.isPositive();
			}
		}
	}

	@Test
	void theReportedCaseBobIsNotAlice() {
		importAndWait("a.csv", (header() + row("Alice", "Office", List.of("alice.office@example.com"), "+1 312 555 0100", 1))
			.getBytes(StandardCharsets.UTF_8), Map.of());
		for (String mode : List.of("UPDATE", "SKIP")) {
			JsonNode job = importAndWait("b.csv", (header() + row("Bob", "Stranger", List.of("bob.private@example.com"),
					"+1 312 555 0100", 2)).getBytes(StandardCharsets.UTF_8), Map.of("onDuplicate", mode));
			assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
		}
		JsonNode alice = ok(AGENT, "{ contacts(filter: {search: \"alice\"}) { edges { node { firstName lastName "
				+ "emails { address } possibleDuplicates { reason contact { firstName } } } } } }", Map.of())
			.at("contacts.edges").get(0).path("node");
		assertThat(alice.path("firstName").asString()).isEqualTo("Alice");
		assertThat(alice.path("emails").findValuesAsString("address")).containsExactly("alice.office@example.com");
		assertThat(alice.path("possibleDuplicates").findValuesAsString("firstName")).containsExactly("Bob");
		assertThat(alice.path("possibleDuplicates").findValuesAsString("reason")).containsExactly("PHONE");
		assertThat(count("MATCH (c:Contact {firstName: 'Bob'}) RETURN count(c)")).as("created once, then matched").isOne();
	}

}
