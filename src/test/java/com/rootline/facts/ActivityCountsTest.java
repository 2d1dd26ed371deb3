package com.rootline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import com.rootline.api.TimeZones;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The activity counters agent activity reads, kept by the interaction and task writers through the
 * API: touches logged, contacts changing owner (a touch that names no agent counts for the owner),
 * merged and erased; tasks created, completed late, reopened, reassigned, rescheduled and deleted.
 * The report from the counters is the report from the interactions and tasks themselves, and the
 * counters equal their rebuild.
 */
class ActivityCountsTest extends IntegrationTest {

	private static final String REPORT = """
			query($from: Date!, $to: Date!) { agentActivity(from: $from, to: $to) {
			  agent { name } touches tasksCompleted tasksOverdue
			  weeks { weekOf byKind { kind count } tasksCompleted tasksOverdue } } }""";

	@Autowired
	TimeZones zones;

	@Test
	void interactionAndTaskWritersKeepTheActivityCounters() {
		String dana = agent("Dana Active");
		String lee = agent("Lee Active");
		String ann = contact("Ann");
		String ann2 = contact("Ann");
		String ben = contact("Ben");
		String cat = contact("Cat");
		assign(ann, dana);
		assign(ann2, lee);
		assign(ben, lee);
		log(ann, "CALL", "2026-03-04T12:00:00Z");
		log(ann, "NOTE", "2026-03-04T12:00:00Z");
		log(ann2, "MEETING", "2026-03-05T12:00:00Z");
		log(ben, "EMAIL", "2026-03-10T12:00:00Z");
		log(cat, "TEXT", "2026-03-11T12:00:00Z");
		assign(ben, dana);
		assign(cat, dana);
		done(BROKER, "mergeContacts", "mutation($s: ID!, $d: ID!) { mergeContacts(input: {survivorId: $s, duplicateId: $d}) "
				+ "{ userErrors { code } } }", Map.of("s", ann, "d", ann2));
		done(ADMIN, "eraseContact", "mutation($id: ID!) { eraseContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", cat));

		LocalDate today = LocalDate.now(zones.deployment());
		String late = task("Late", "2026-03-02", dana);
		complete(late);
		String open = task("Open", "2026-03-03", lee);
		done(AGENT, "assignTask", "mutation($id: ID!, $a: ID) { assignTask(input: {id: $id, assigneeId: $a}) { userErrors { code } } }",
				Map.of("id", open, "a", dana));
		String moved = task("Moved", "2026-03-05", dana);
		done(AGENT, "rescheduleTask", "mutation($id: ID!, $d: Date!) { rescheduleTask(input: {id: $id, dueOn: $d}) "
				+ "{ userErrors { code } } }", Map.of("id", moved, "d", today.plusDays(30).toString()));
		String gone = task("Gone", "2026-03-06", dana);
		done(AGENT, "deleteTask", "mutation($id: ID!) { deleteTask(input: {id: $id}) { userErrors { code } } }", Map.of("id", gone));
		String reopened = task("Reopened", today.plusDays(10).toString(), lee);
		complete(reopened);
		done(AGENT, "reopenTask", "mutation($id: ID!) { reopenTask(input: {id: $id}) { userErrors { code } } }", Map.of("id", reopened));

		Map<String, Object> window = Map.of("from", "2026-03-02", "to", today.toString());
		JsonNode rows = ok(BROKER, REPORT, window).at("agentActivity");
		// Dana: the call on Ann, the meeting merged in from Ann's duplicate, the e-mail of Ben, now hers
		// (Cat's text went with the erasure); the late task completed, and it and the reassigned one overdue.
		assertThat(rows.get(0).path("agent").path("name").asString()).isEqualTo("Dana Active");
		assertThat(rows.get(0).path("touches").asInt() + " " + rows.get(0).path("tasksCompleted").asInt() + " "
				+ rows.get(0).path("tasksOverdue").asInt()).isEqualTo("3 1 2");
		assertThat(rows.size() == 1 || rows.get(1).path("touches").asInt() + rows.get(1).path("tasksCompleted").asInt()
				+ rows.get(1).path("tasksOverdue").asInt() == 0).as("nothing left for Lee: " + rows).isTrue();
		assertThat(withCountersOutOfZone(() -> ok(BROKER, REPORT, window).body()))
			.as("the same from the interactions and tasks themselves").isEqualTo(ok(BROKER, REPORT, window).body());
		assertMaintainedFactsTrue();
	}

	private String agent(String name) {
		return ok(BROKER, "mutation($n: String!) { createAgent(input: {kind: TEAM, role: AGENT, name: $n}) { agent { id } } }",
				Map.of("n", name)).at("createAgent.agent.id").asString();
	}

	private String contact(String name) {
		return ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n, lastName: \"Active\", allowDuplicate: true}) "
				+ "{ contact { id } } }", Map.of("n", name)).at("createContact.contact.id").asString();
	}

	private void assign(String contact, String agent) {
		done(BROKER, "assignContact", "mutation($c: ID!, $a: ID) { assignContact(input: {contactId: $c, agentId: $a}) "
				+ "{ userErrors { code } } }", Map.of("c", contact, "a", agent));
	}

	private void log(String contact, String kind, String at) {
		done(AGENT, "logInteraction", "mutation($c: ID!, $k: InteractionKind!, $at: DateTime) { logInteraction(input: "
				+ "{contactId: $c, kind: $k, occurredAt: $at, summary: \"Touch\"}) { userErrors { code } } }",
				Map.of("c", contact, "k", kind, "at", at));
	}

	private String task(String title, String dueOn, String assignee) {
		return ok(AGENT, "mutation($t: String!, $d: Date!, $a: ID) { createTask(input: {title: $t, dueOn: $d, assigneeId: $a}) "
				+ "{ task { id } userErrors { code } } }", Map.of("t", title, "d", dueOn, "a", assignee))
			.at("createTask.task.id").asString();
	}

	private void complete(String task) {
		done(AGENT, "completeTask", "mutation($id: ID!) { completeTask(input: {id: $id}) { userErrors { code } } }",
				Map.of("id", task));
	}

}
