package com.rootline.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.rootline.support.IntegrationTest;
import com.rootline.support.OriginWrites;
import org.junit.jupiter.api.Test;

/**
 * Channel ROI reads maintained day facts. After any sequence of lead sources, referrals, changes,
 * removals, merges and closed deals, the report must equal the one computed after recomputing
 * every day from scratch: a day a writer forgot to refresh shows up as a difference.
 */
class RoiDaysTest extends IntegrationTest {

	private static final LocalDate START = LocalDate.of(2025, 1, 1);

	private static final String REPORT = """
			query($a: Attribution!) { channelRoi(from: "2025-01-01", to: "2025-12-31", groupBy: [OUTLET, QUARTER],
			  attribution: $a, decay: 0.5) {
			    rows { outlet { id } quarter leads closedDeals revenue } totals { leads closedDeals revenue } } }""";

	@Test
	void reportsFromMaintainedDaysEqualReportsFromDaysRecomputedFromScratch() {
		Random random = new Random(7_112_026L);
		List<String> outlets = new ArrayList<>();
		for (String name : List.of("KXYZ", "Daily Post", "Billboard 9")) {
			outlets.add(ok(MARKETING, "mutation($n: String!) { createMediaOutlet(input: {mediaTypeId: \"media-type-radio\", "
					+ "name: $n}) { outlet { id } } }", Map.of("n", name)).at("createMediaOutlet.outlet.id").asString());
		}
		List<String> contacts = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			contacts.add(ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n}) { contact { id } } }",
					Map.of("n", "C" + i)).at("createContact.contact.id").asString());
		}
		OriginWrites writes = new OriginWrites(http);
		int closed = 0;
		for (int step = 0; step < 150; step++) {
			String contact = contacts.get(random.nextInt(contacts.size()));
			String other = contacts.get(random.nextInt(contacts.size()));
			LocalDate day = START.plusDays(random.nextInt(300));
			int op = random.nextInt(20);
			if (op < 4) {
				writes.recordLeadSource(contact, outlets.get(random.nextInt(outlets.size())), day, random.nextBoolean());
			}
			else if (op < 9) {
				writes.recordReferral(contact, other, day);
			}
			else if (op < 11) {
				writes.changeReferrer(contact, other);
			}
			else if (op < 12) {
				writes.removeReferral(contact);
			}
			else if (op < 13 && contacts.size() > 10) {
				if (writes.mergeContacts(other, contact)) {
					contacts.remove(contact);
				}
			}
			else {
				List<String> parties = contact.equals(other) ? List.of(contact) : List.of(contact, other);
				String deal = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: PURCHASE, contactIds: $c}) "
						+ "{ deal { id } } }", Map.of("c", parties)).at("createDeal.deal.id").asString();
				ok(AGENT, "mutation($d: ID!, $r: Money!, $on: Date!) { closeDeal(input: {id: $d, revenue: $r, closedOn: $on}) "
						+ "{ deal { id } } }", Map.of("d", deal, "r", (1 + random.nextInt(900)) + ".25", "on", day.toString()));
				closed++;
			}
		}
		String source = ok(MARKETING, REPORT, Map.of("a", "SOURCE")).body();
		String chain = ok(MARKETING, REPORT, Map.of("a", "REFERRAL_CHAIN")).body();

		List<LocalDate> everyDay = new ArrayList<>();
		for (LocalDate d = START; d.isBefore(START.plusDays(366)); d = d.plusDays(1)) {
			everyDay.add(d);
		}
		try (var session = driver.session()) {
			session.run("MATCH (r:RoiDay) DETACH DELETE r").consume();
		}
		assertThat(ok(MARKETING, REPORT, Map.of("a", "SOURCE")).at("channelRoi.totals.closedDeals").asLong())
			.as("without day facts nothing is reported").isZero();
		try (var session = driver.session()) {
			session.executeWrite(tx -> tx.run(queries.get("facts/refresh-roi-days"), Map.of("days", everyDay)).consume());
		}

		assertThat(ok(MARKETING, REPORT, Map.of("a", "SOURCE")).body()).isEqualTo(source);
		assertThat(ok(MARKETING, REPORT, Map.of("a", "REFERRAL_CHAIN")).body()).isEqualTo(chain);
		assertThat(closed).isGreaterThan(20);
		assertThat(ok(MARKETING, REPORT, Map.of("a", "REFERRAL_CHAIN")).at("channelRoi.totals.closedDeals").asLong())
			.as("some deals are credited through chains").isPositive();
		assertThat(ok(MARKETING, REPORT, Map.of("a", "SOURCE")).at("channelRoi.totals.leads").asLong())
			.as("some lead sources were recorded").isPositive();
	}

}
