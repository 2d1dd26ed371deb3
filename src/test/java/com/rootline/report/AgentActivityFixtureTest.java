package com.rootline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Agent activity over the two weeks of 3–16 March 2025, counted by hand: a touch counts for the agent
 * who logged it, or the contact's owner when it names none; notes and web forms are not touches; a
 * task done late is overdue in the week it was due and completed in the week it was done.
 */
class AgentActivityFixtureTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final String QUERY = """
			query($a: ID) { agentActivity(from: "2025-03-03", to: "2025-03-16", agentId: $a) {
			  agent { name } touches tasksCompleted tasksOverdue
			  weeks { weekOf touches byKind { kind count } tasksCompleted tasksOverdue } } }""";

	@BeforeEach
	void activity() {
		try (var session = driver.session()) {
			session.run("""
					CREATE (ann:Agent {id: 'ann', kind: 'TEAM', role: 'AGENT', name: 'Ann', version: 1, createdAt: datetime()}),
					       (bob:Agent {id: 'bob', kind: 'TEAM', role: 'AGENT', name: 'Bob', version: 1, createdAt: datetime()}),
					       (ann)-[:OWNS]->(:Contact {id: 'c1'}), (bob)-[:OWNS]->(:Contact {id: 'c2'}), (:Contact {id: 'c3'})
					WITH *
					UNWIND $interactions AS row
					MATCH (c:Contact {id: row[4]})
					CREATE (c)-[:HAD]->(:Interaction {id: row[0], kind: row[1], occurredAt: datetime(row[2] + 'T12:00:00Z'),
					                      agentId: row[3], contactId: row[4]})""", Map.of("interactions", List.of(
					java.util.Arrays.asList("i1", "CALL", "2025-03-04", "ann", "c2"),
					java.util.Arrays.asList("i2", "EMAIL", "2025-03-05", null, "c1"),
					java.util.Arrays.asList("i3", "NOTE", "2025-03-05", "ann", "c1"),
					java.util.Arrays.asList("i4", "MEETING", "2025-03-11", "bob", "c2"),
					java.util.Arrays.asList("i5", "CALL", "2025-03-20", "ann", "c1"),
					java.util.Arrays.asList("i6", "WEB_FORM", "2025-03-12", null, "c1"),
					java.util.Arrays.asList("i7", "TEXT", "2025-03-12", null, "c3")))).consume();
			session.run("""
					UNWIND $tasks AS row
					CREATE (t:Task {id: row[0], assigneeId: row[1], dueOn: date(row[2]), status: row[3]})
					SET t.completedAt = CASE WHEN row[4] IS NULL THEN null ELSE datetime(row[4] + 'T12:00:00Z') END""",
					Map.of("tasks", List.of(
							java.util.Arrays.asList("t1", "ann", "2025-03-05", "DONE", "2025-03-05"),
							java.util.Arrays.asList("t2", "ann", "2025-03-06", "DONE", "2025-03-11"),
							java.util.Arrays.asList("t3", "bob", "2025-03-12", "OPEN", null),
							java.util.Arrays.asList("t4", "bob", "2025-03-13", "ON_HOLD", null),
							java.util.Arrays.asList("t5", "ann", "2025-03-20", "OPEN", null)))).consume();
		}
		// Written past the service: the activity counters the report reads are counted as a rebuild counts them.
		rebuildMaintainedFacts();
	}

	@Test
	void everyTeamAgentsWeeks() {
		JsonNode rows = ok(BROKER, QUERY, Map.of()).at("agentActivity");
		assertThat(rows).hasSize(2);
		assertThat(summary(rows.get(0))).isEqualTo("Ann 2 2 1 | 2025-03-03 2 [1 1 0 0 0] 1 1 | 2025-03-10 0 [0 0 0 0 0] 1 0");
		assertThat(summary(rows.get(1))).isEqualTo("Bob 1 0 1 | 2025-03-03 0 [0 0 0 0 0] 0 0 | 2025-03-10 1 [0 0 1 0 0] 0 1");
		assertThat(ok(BROKER, QUERY, args("a", "bob")).at("agentActivity")).hasSize(1);
		assertThat(withCountersOutOfZone(() -> ok(BROKER, QUERY, Map.of()).body()))
			.as("the same from the interactions and tasks themselves").isEqualTo(ok(BROKER, QUERY, Map.of()).body());
		assertThat(gql(VIEWER, "{ agentActivity(from: \"2025-03-03\", to: \"2025-03-16\") { touches } }").errorCode())
			.isEqualTo("FORBIDDEN");
	}

	@Test
	void theCsv() throws Exception {
		HttpResponse<String> csv = CLIENT.send(HttpRequest.newBuilder(http.uri(
				"/reports/agent-activity.csv?from=2025-03-03&to=2025-03-16&agentId=ann"))
			.header("Authorization", "Bearer " + BROKER)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).isEqualTo("""
				Agent,Week of,Call,Email,Meeting,Text,Mail,Touches,Tasks completed,Tasks overdue\r
				Ann,2025-03-03,1,1,0,0,0,2,1,1\r
				Ann,2025-03-10,0,0,0,0,0,0,1,0\r
				""");
	}

	private static String summary(JsonNode row) {
		StringBuilder s = new StringBuilder(row.at("/agent/name").asString() + " " + row.get("touches").asInt() + " "
				+ row.get("tasksCompleted").asInt() + " " + row.get("tasksOverdue").asInt());
		for (JsonNode week : row.get("weeks")) {
			s.append(" | ").append(week.get("weekOf").asString()).append(' ').append(week.get("touches").asInt()).append(" [");
			List<String> kinds = new java.util.ArrayList<>();
			week.get("byKind").forEach(k -> kinds.add(String.valueOf(k.get("count").asInt())));
			s.append(String.join(" ", kinds)).append("] ").append(week.get("tasksCompleted").asInt()).append(' ')
				.append(week.get("tasksOverdue").asInt());
		}
		return s.toString();
	}

}
