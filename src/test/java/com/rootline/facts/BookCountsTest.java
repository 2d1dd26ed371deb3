package com.rootline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import com.rootline.api.TimeZones;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The book counters database growth reads, kept by every kind of contact writer through the API
 * (create, update, archive, restore, erase, delete, merge, owner and origin changes), counted by
 * hand; the same report as the contacts themselves give; and equal to their rebuild.
 */
class BookCountsTest extends IntegrationTest {

	private static final String REPORT = """
			query($from: Date!, $a: ID) { databaseGrowth(from: $from, to: $from, agentId: $a) {
			  weeks { weekOf added addedBySource { advertising referral partner none } archived erased }
			  now { active inactive archived erased } } }""";

	@Autowired
	CountedZone countedZone;

	@Autowired
	TimeZones zones;

	@Test
	void everyContactWriterKeepsTheBookCounters() {
		String outlet = ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-radio\", "
				+ "name: \"KXYZ Radio\"}) { outlet { id } } }", Map.of()).at("createMediaOutlet.outlet.id").asString();
		String partner = agent("PARTNER", "OUTSIDE_AGENT", "Pat Partner");
		String dana = agent("TEAM", "AGENT", "Dana Owner");
		String lee = agent("TEAM", "AGENT", "Lee Owner");
		String ann = contact("Ann", true);
		String ben = contact("Ben", true);
		contact("Cat", false);
		String dan = contact("Dan", false);
		String eve = contact("Eve", false);
		String fay = contact("Fay", true);
		String fay2 = contact("Fay", false);
		String gus = contact("Gus", false);
		String hal = contact("Hal", false);
		String ida = contact("Ida", false);
		String jon = contact("Jon", false);
		String kim = contact("Kim", true);

		done(AGENT, "recordLeadSource", "mutation($c: ID!, $o: ID!) { recordLeadSource(input: {contactId: $c, outletId: $o}) { userErrors { code } } }",
				Map.of("c", ann, "o", outlet));
		refer(ben, ann);
		refer(dan, partner);
		done(BROKER, "deleteContact", "mutation($id: ID!) { deleteContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", eve));
		done(BROKER, "mergeContacts", "mutation($s: ID!, $d: ID!) { mergeContacts(input: {survivorId: $s, duplicateId: $d}) { userErrors { code } } }",
				Map.of("s", fay, "d", fay2));
		done(ADMIN, "eraseContact", "mutation($id: ID!) { eraseContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", gus));
		done(AGENT, "archiveContact", "mutation($id: ID!) { archiveContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", hal));
		done(AGENT, "archiveContact", "mutation($id: ID!) { archiveContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", ida));
		done(AGENT, "restoreContact", "mutation($id: ID!) { restoreContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", ida));
		int version = ok(VIEWER, "query($id: ID!) { contact(id: $id) { version } }", Map.of("id", jon)).at("contact.version").asInt();
		done(AGENT, "updateContact", "mutation($id: ID!, $v: Int!) { updateContact(input: {id: $id, expectedVersion: $v, active: true}) "
				+ "{ userErrors { code } } }", Map.of("id", jon, "v", version));
		assign(kim, lee);
		assign(kim, dana);

		LocalDate today = LocalDate.now(zones.deployment());
		String week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
		// Ten left: Ann from the radio, Ben referred, Dan from the partner, seven with no source; Hal
		// archived, Gus erased; Ann, Ben, Fay (merged with an inactive duplicate), Jon and Kim active.
		String brokerage = "{\"weeks\":[{\"weekOf\":\"" + week + "\",\"added\":10,\"addedBySource\":{\"advertising\":1,"
				+ "\"referral\":1,\"partner\":1,\"none\":7},\"archived\":1,\"erased\":1}],"
				+ "\"now\":{\"active\":5,\"inactive\":3,\"archived\":1,\"erased\":1}}";
		String danas = "{\"weeks\":[{\"weekOf\":\"" + week + "\",\"added\":1,\"addedBySource\":{\"advertising\":0,"
				+ "\"referral\":0,\"partner\":0,\"none\":1},\"archived\":0,\"erased\":0}],"
				+ "\"now\":{\"active\":1,\"inactive\":0,\"archived\":0,\"erased\":0}}";
		assertThat(countedZone.countedIn(zones.deployment())).isTrue();
		assertThat(report(today, null)).as("the brokerage, from the counters").isEqualTo(brokerage);
		assertThat(report(today, dana)).as("Dana's book, from the counters").isEqualTo(danas);
		assertThat(report(today, lee)).as("Lee's book, from the counters").contains("\"added\":0", "\"active\":0");

		assertThat(withCountersOutOfZone(() -> List.of(countedZone.countedIn(zones.deployment()), report(today, null),
				report(today, dana)))).as("from the contacts themselves").containsExactly(false, brokerage, danas);
		assertMaintainedFactsTrue();
	}

	private String report(LocalDate day, String agentId) {
		return ok(VIEWER, REPORT, args("from", day.toString(), "a", agentId)).at("databaseGrowth").toString();
	}

	private String agent(String kind, String role, String name) {
		return ok(BROKER, "mutation($k: AgentKind!, $r: AgentRole!, $n: String!) { createAgent(input: {kind: $k, role: $r, name: $n}) "
				+ "{ agent { id } } }", Map.of("k", kind, "r", role, "n", name)).at("createAgent.agent.id").asString();
	}

	private String contact(String name, boolean active) {
		return ok(AGENT, "mutation($n: String!, $a: Boolean!) { createContact(input: {firstName: $n, lastName: \"Book\", active: $a, "
				+ "allowDuplicate: true}) { contact { id } } }", Map.of("n", name, "a", active)).at("createContact.contact.id").asString();
	}

	private void refer(String contact, String referrer) {
		done(AGENT, "recordReferral", "mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, referrerId: $r}) { userErrors { code } } }",
				Map.of("c", contact, "r", referrer));
	}

	private void assign(String contact, String agent) {
		done(BROKER, "assignContact", "mutation($c: ID!, $a: ID) { assignContact(input: {contactId: $c, agentId: $a}) { userErrors { code } } }",
				Map.of("c", contact, "a", agent));
	}

}
