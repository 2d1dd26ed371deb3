package com.rootline.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every contact scored as a job with progress (here on the rule's basis: no model is used), the
 * suggestions stored; the contacts filter levelDisagrees lists exactly where the agent's level and
 * the suggestion differ and follows an edit of the level; acceptSuggestedLevels applies them only
 * for the confirmed count, all or none, audited with the levels before; a runner that dies
 * mid-job is taken over from its checkpoint.
 */
class ConversionScoringTest extends IntegrationTest {

	private static final String SCORE = """
			mutation($f: ContactFilter) { scoreContacts(input: {filter: $f}) { job { id status } userErrors { code } } }""";

	private static final String DISAGREEING = """
			query($d: Boolean) { contacts(first: 50, filter: {levelDisagrees: $d}) { totalCount
			  edges { node { firstName statusLevel conversion { suggestedLevel basis computedAt } } } } }""";

	@Autowired
	ScoringJobs jobs;

	/** Name → [touched days ago or null, the agent's level or null]; the rule suggests A within 30 days, B within 90. */
	private final Map<String, Object[]> people = new TreeMap<>(Map.of("Ava", new Object[] { 2, "A" }, "Ben",
			new Object[] { 3, "C" }, "Cy", new Object[] { 60, null }, "Dee", new Object[] { 60, "B" }, "Eli",
			new Object[] { 200, "A" }, "Fay", new Object[] { null, "C" }));

	@Test
	void scoredContactsListWhereTheLevelsDifferAndAcceptingIsConfirmedAndAudited() {
		Map<String, String> ids = seed();
		assertThat(ok(VIEWER, DISAGREEING, args("d", true)).at("contacts.totalCount").asInt())
			.as("nothing is stored before a scoring").isZero();

		JsonNode queued = ok(BROKER, SCORE, args("f", null)).at("scoreContacts.job");
		JsonNode job = await(queued.path("id").asString());
		assertThat(List.of(job.path("status").asString(), job.path("total").asInt(), job.path("processed").asInt(),
				job.path("basis").asString())).containsExactly("COMPLETED", 6, 6, "RULE");

		JsonNode differ = ok(VIEWER, DISAGREEING, args("d", true)).at("contacts");
		assertThat(differ.path("totalCount").asInt()).isEqualTo(3);
		assertThat(names(differ)).containsExactly("Ben C→A", "Cy -→B", "Eli A→C");
		assertThat(names(ok(VIEWER, DISAGREEING, args("d", false)).at("contacts"))).containsExactly("Ava A→A", "Dee B→B",
				"Fay C→C");
		// The stored suggestion answers, with the time it was scored: the same at every read.
		JsonNode ben = differ.at("/edges/0/node/conversion");
		assertThat(ben.path("basis").asString()).isEqualTo("RULE");
		assertThat(ok(VIEWER, DISAGREEING, args("d", true)).at("contacts").at("/edges/0/node/conversion/computedAt"))
			.isEqualTo(ben.path("computedAt"));

		// An agent who sets the suggested level by hand takes the contact off the list.
		JsonNode cy = ok(AGENT, "query($id: ID!) { contact(id: $id) { version } }", args("id", ids.get("Cy"))).at("contact");
		ok(AGENT, "mutation($id: ID!, $v: Int!) { updateContact(input: {id: $id, expectedVersion: $v, statusLevel: B}) "
				+ "{ userErrors { code } } }", args("id", ids.get("Cy"), "v", cy.path("version").asInt()));
		assertThat(names(ok(VIEWER, DISAGREEING, args("d", true)).at("contacts"))).containsExactly("Ben C→A", "Eli A→C");

		String accept = "mutation($n: Int!) { acceptSuggestedLevels(input: {filter: {}, confirmCount: $n}) "
				+ "{ updated auditId userErrors { code field message } } }";
		JsonNode refused = ok(BROKER, accept, args("n", 3)).at("acceptSuggestedLevels");
		assertThat(refused.at("/userErrors/0/code").asString()).isEqualTo("COUNT_MISMATCH");
		assertThat(refused.at("/userErrors/0/message").asString()).startsWith("2 contacts differ");
		assertThat(count("MATCH (e:AuditEntry {action: 'ACCEPT_SUGGESTED_LEVELS'}) RETURN count(e)")).isZero();
		assertThat(gql(AGENT, accept, args("n", 2)).errorCode()).isEqualTo("FORBIDDEN");

		JsonNode accepted = ok(BROKER, accept, args("n", 2)).at("acceptSuggestedLevels");
		assertThat(accepted.path("updated").asInt()).isEqualTo(2);
		assertThat(ok(VIEWER, DISAGREEING, args("d", true)).at("contacts.totalCount").asInt()).isZero();
		try (var session = driver.session()) {
			var audit = session.run("MATCH (e:AuditEntry {id: $id}) RETURN e.subjectIds AS ids, e.previousLevels AS before, "
					+ "e.newLevels AS after, e.by AS by", Map.of("id", accepted.path("auditId").asString())).single();
			List<String> audited = new ArrayList<>();
			List<Object> subjects = audit.get("ids").asList();
			for (int i = 0; i < subjects.size(); i++) {
				audited.add(subjects.get(i) + " " + audit.get("before").asList().get(i) + "→" + audit.get("after").asList().get(i));
			}
			assertThat(audited).containsExactlyInAnyOrder(ids.get("Ben") + " C→A", ids.get("Eli") + " A→C");
			assertThat(audit.get("by").asString()).isNotBlank();
		}
		assertThat(ok(AGENT, "query($id: ID!) { contact(id: $id) { statusLevel version } }", args("id", ids.get("Eli")))
			.at("contact.statusLevel").asString()).isEqualTo("C");
	}

	@Test
	void aRunnerThatDiesMidJobIsTakenOverFromItsCheckpoint() {
		seed();
		try (var session = driver.session()) {
			// A runner of another instance scored the first three contacts by id, then stopped renewing its lease.
			session.run("""
					CREATE (:ConversionScoringJob {id: 'orphan', filter: '{}', status: 'RUNNING', createdBy: 'x',
					  createdAt: datetime(), processed: 3, total: 6, leaseOwner: 'dead', leaseUntil: datetime() - duration('PT1S'),
					  checkpoint: COLLECT { MATCH (c:Contact) RETURN c.id ORDER BY c.id LIMIT 3 }[2]})""").consume();
		}
		jobs.runQueued();
		JsonNode job = await("orphan");
		assertThat(List.of(job.path("status").asString(), job.path("processed").asInt())).containsExactly("COMPLETED", 6);
		assertThat(count("MATCH (c:Contact) WHERE c.conversionScoredAt IS NOT NULL RETURN count(c)"))
			.as("only the contacts after the checkpoint were scored by the new runner").isEqualTo(3);
	}

	@Test
	void theScheduleQueuesOneJobPerPeriodForAllInstancesAndTrainsFirstWhenDue() {
		seed();
		// Two instances polling at the same moment: one job.
		jobs.queueScheduled();
		jobs.queueScheduled();
		assertThat(count("MATCH (j:ConversionScoringJob) RETURN count(j)")).isOne();
		jobs.drain();
		String id = ok(VIEWER, "{ conversionScoringJob { id } }", Map.of()).at("conversionScoringJob.id").asString();
		await(id);
		JsonNode job = ok(VIEWER, "query($id: ID) { conversionScoringJob(id: $id) { id status processed basis train "
				+ "trainedVersion message } }", args("id", id)).at("conversionScoringJob");
		assertThat(job.path("id").asString()).startsWith("scheduled-training-");
		assertThat(List.of(job.path("status").asString(), job.path("processed").asInt(), job.path("basis").asString(),
				job.path("train").asBoolean(), job.path("trainedVersion").asString())).containsExactly("COMPLETED", 6, "RULE",
						true, "none");
		assertThat(job.path("message").asString()).startsWith("Not trained: no contact was known on");
		assertThat(count("MATCH (m:ConversionModel) RETURN count(m)")).isZero();
		// Scored and (not) trained within the period: nothing more is due.
		jobs.queueScheduled();
		assertThat(count("MATCH (j:ConversionScoringJob) RETURN count(j)")).isOne();
	}

	@Test
	void aBadFilterIsRefusedBeforeAnyJobIsQueued() {
		assertThat(gql(BROKER, SCORE, args("f", Map.of("birthdayMonth", 13))).errorCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(count("MATCH (j:ConversionScoringJob) RETURN count(j)")).isZero();
		assertThat(gql(BROKER, "mutation { acceptSuggestedLevels(input: {filter: {birthdayMonth: 13}, confirmCount: 0}) "
				+ "{ updated } }").errorCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(count("MATCH (e:AuditEntry) RETURN count(e)")).as("nothing audited").isZero();
		assertThat(gql(AGENT, SCORE, args("f", null)).errorCode()).isEqualTo("FORBIDDEN");
	}

	private Map<String, String> seed() {
		Map<String, String> ids = new TreeMap<>();
		people.forEach((name, p) -> {
			String level = p[1] == null ? "" : ", statusLevel: " + p[1];
			String id = ok(AGENT, "mutation { createContact(input: {firstName: \"" + name + "\"" + level + "}) { contact { id } } }",
					Map.of()).at("createContact.contact.id").asString();
			ids.put(name, id);
		});
		try (var session = driver.session()) {
			people.forEach((name, p) -> {
				if (p[0] != null) {
					session.run("""
							MATCH (c:Contact {id: $id})
							CREATE (c)-[:HAD]->(:Interaction {id: randomUUID(), contactId: c.id, kind: 'CALL', direction: 'OUTBOUND',
							        occurredAt: datetime() - duration({days: $days}), summary: 'call'})""",
							Map.of("id", ids.get(name), "days", p[0])).consume();
				}
			});
		}
		return ids;
	}

	private static List<String> names(JsonNode contacts) {
		List<String> names = new ArrayList<>();
		contacts.path("edges").forEach(e -> names.add(e.at("/node/firstName").asString() + " "
				+ (e.at("/node/statusLevel").isNull() ? "-" : e.at("/node/statusLevel").asString()) + "→"
				+ e.at("/node/conversion/suggestedLevel").asString()));
		return names;
	}

	private JsonNode await(String id) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (true) {
			JsonNode job = ok(VIEWER, "query($id: ID) { conversionScoringJob(id: $id) { status total processed basis } }",
					args("id", id)).at("conversionScoringJob");
			if (!job.isNull() && job.path("status").asString().matches("COMPLETED|FAILED")) {
				return job;
			}
			assertThat(System.nanoTime()).as("job %s still %s", id, job).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

}
