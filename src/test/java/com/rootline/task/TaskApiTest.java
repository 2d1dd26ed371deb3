package com.rootline.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Tasks through the API: their life, their lists, and a completion that logs exactly one interaction. */
class TaskApiTest extends IntegrationTest {

	private static final String FIELDS = "id title kind priority dueOn dueTime overdue snoozedFrom status version "
			+ "assignee { id } contact { id } completedAt";

	private String agent;

	private String partner;

	private String ann;

	@BeforeEach
	void team() {
		agent = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Alex\", timeZone: \"Pacific/Honolulu\"}) "
				+ "{ agent { id timeZone } } }", Map.of()).at("createAgent.agent.id").asString();
		partner = ok(BROKER, "mutation { createAgent(input: {kind: PARTNER, role: LENDER, name: \"Lee\"}) { agent { id } } }",
				Map.of()).at("createAgent.agent.id").asString();
		ann = ok(AGENT, "mutation { createContact(input: {firstName: \"Ann\", lastName: \"Call\"}) { contact { id } } }",
				Map.of()).at("createContact.contact.id").asString();
	}

	private JsonNode create(String input) {
		List<String> declared = new java.util.ArrayList<>();
		Map<String, Object> vars = new java.util.HashMap<>();
		if (input.contains("$a")) {
			declared.add("$a: ID");
			vars.put("a", agent);
		}
		if (input.contains("$c")) {
			declared.add("$c: ID");
			vars.put("c", ann);
		}
		String head = declared.isEmpty() ? "mutation" : "mutation(" + String.join(", ", declared) + ")";
		return ok(AGENT, head + " { createTask(input: " + input + ") { task { " + FIELDS
				+ " } userErrors { field code } } }", vars).at("createTask");
	}

	@Test
	void aTaskIsCreatedAssignedRescheduledSnoozedCompletedOnceReopenedAndDeleted() {
		LocalDate today = LocalDate.now(ZoneId.of("Pacific/Honolulu"));
		JsonNode task = create("{title: \"Call Ann about the refinance\", kind: CALL, priority: HIGH, dueOn: \""
				+ today.minusDays(2) + "\", dueTime: \"09:30\", assigneeId: $a, contactId: $c}").path("task");
		String id = task.path("id").asString();
		assertThat(task.path("overdue").asBoolean()).as("due two days ago in the assignee's zone").isTrue();
		assertThat(task.path("dueTime").asString()).isEqualTo("09:30");
		assertThat(task.path("contact").path("id").asString()).isEqualTo(ann);

		JsonNode edited = ok(AGENT, "mutation($t: ID!) { updateTask(input: {id: $t, expectedVersion: 1, title: \"Call Ann back\", "
				+ "priority: LOW, notes: \"rates\", contactId: null}) { task { title priority contact { id } version } } }",
				args("t", id)).at("updateTask.task");
		assertThat(edited.toString()).isEqualTo("{\"title\":\"Call Ann back\",\"priority\":\"LOW\",\"contact\":null,\"version\":2}");
		assertThat(ok(AGENT, "mutation($t: ID!, $c: ID) { updateTask(input: {id: $t, expectedVersion: 1, contactId: $c}) "
				+ "{ task { id } userErrors { field code } } }", args("t", id, "c", ann)).at("updateTask.userErrors.0.code").asString())
			.isEqualTo("VERSION_CONFLICT");
		ok(AGENT, "mutation($t: ID!, $c: ID) { updateTask(input: {id: $t, contactId: $c}) { task { id } } }", args("t", id, "c", ann));

		JsonNode snoozed = ok(AGENT, "mutation($t: ID!) { snoozeTask(input: {id: $t, days: 3}) { task { " + FIELDS + " } } }",
				args("t", id)).at("snoozeTask.task");
		assertThat(snoozed.path("dueOn").asString()).as("three days from today, not from the missed day")
			.isEqualTo(today.plusDays(3).toString());
		assertThat(snoozed.path("snoozedFrom").asString()).isEqualTo(today.minusDays(2).toString());
		assertThat(snoozed.path("overdue").asBoolean()).isFalse();
		assertThat(ok(AGENT, "mutation($t: ID!) { rescheduleTask(input: {id: $t, dueOn: \"2027-05-01\"}) { task { dueOn dueTime snoozedFrom } } }",
				args("t", id)).at("rescheduleTask.task").toString()).isEqualTo("{\"dueOn\":\"2027-05-01\",\"dueTime\":null,\"snoozedFrom\":null}");
		assertThat(ok(AGENT, "mutation($t: ID!) { assignTask(input: {id: $t, assigneeId: null}) { task { assignee { id } } } }",
				args("t", id)).at("assignTask.task.assignee").isNull()).isTrue();

		String complete = "mutation($t: ID!) { completeTask(input: {id: $t, log: {summary: \"Talked rates\", direction: OUTBOUND}}) "
				+ "{ task { status completedAt } interaction { id kind } userErrors { code } } }";
		JsonNode first = ok(AGENT, complete, args("t", id)).at("completeTask");
		JsonNode second = ok(AGENT, complete, args("t", id)).at("completeTask");
		assertThat(first.path("interaction").path("kind").asString()).isEqualTo("CALL");
		assertThat(second.path("interaction").isNull()).as("completing again logs nothing").isTrue();
		assertThat(second.path("task").path("completedAt")).isEqualTo(first.path("task").path("completedAt"));
		assertThat(count("MATCH (:Contact {id: $c})-[:HAD]->(i:Interaction) RETURN count(i)", Map.of("c", ann))).isEqualTo(1);
		assertThat(ok(AGENT, "query($c: ID!) { contact(id: $c) { lastContactedAt } }", args("c", ann))
			.at("contact.lastContactedAt").isNull()).isFalse();

		assertThat(ok(AGENT, "mutation($t: ID!) { reopenTask(input: {id: $t}) { task { status completedAt } } }", args("t", id))
			.at("reopenTask.task").toString()).isEqualTo("{\"status\":\"OPEN\",\"completedAt\":null}");
		assertThat(ok(AGENT, "mutation($t: ID!) { deleteTask(input: {id: $t}) { deletedId } }", args("t", id))
			.at("deleteTask.deletedId").asString()).isEqualTo(id);
		assertThat(ok(AGENT, "query($t: ID!) { task(id: $t) { id } }", args("t", id)).at("task").isNull()).isTrue();
	}

	@Test
	void concurrentCompletionsLogOneInteraction() throws Exception {
		String id = create("{title: \"Call Ann\", kind: CALL, dueOn: \"2027-01-04\", contactId: $c}").path("task").path("id").asString();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Callable<JsonNode> call = () -> ok(AGENT, "mutation($t: ID!) { completeTask(input: {id: $t, log: {}}) "
					+ "{ interaction { id } userErrors { code } } }", args("t", id)).at("completeTask");
			List<Future<JsonNode>> results = pool.invokeAll(List.of(call, call, call, call));
			long logged = 0;
			for (Future<JsonNode> r : results) {
				logged += r.get().path("interaction").isNull() ? 0 : 1;
			}
			assertThat(logged).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("MATCH (:Contact {id: $c})-[:HAD]->(i:Interaction) RETURN count(i)", Map.of("c", ann))).isEqualTo(1);
	}

	@Test
	void listsFilterByAssigneeStatusWindowContactAndOverdue() {
		LocalDate today = LocalDate.now(ZoneId.of("Pacific/Honolulu"));
		create("{title: \"late\", dueOn: \"" + today.minusDays(1) + "\", assigneeId: $a, contactId: $c}");
		create("{title: \"today\", dueOn: \"" + today + "\", assigneeId: $a}");
		create("{title: \"later\", dueOn: \"" + today.plusDays(10) + "\", assigneeId: $a, contactId: $c}");
		create("{title: \"someone else's\", dueOn: \"" + today + "\"}");
		String list = "query($f: TaskFilter) { tasks(filter: $f, first: 10) { totalCount edges { node { title } } } }";
		assertThat(titles(list, Map.of("assigneeId", agent))).containsExactly("late", "today", "later");
		assertThat(titles(list, Map.of("assigneeId", agent, "overdue", true))).containsExactly("late");
		assertThat(titles(list, Map.of("assigneeId", agent, "overdue", false))).containsExactly("today", "later");
		assertThat(titles(list, Map.of("contactId", ann))).containsExactly("late", "later");
		assertThat(titles(list, Map.of("dueFrom", today.toString(), "dueTo", today.toString())))
			.as("same day: in id order").containsExactlyInAnyOrder("today", "someone else's");
		assertThat(ok(AGENT, list, args("f", Map.of("status", "DONE"))).at("tasks.totalCount").asInt()).isZero();
	}

	private List<String> titles(String query, Map<String, Object> filter) {
		return ok(AGENT, query, args("f", filter)).at("tasks.edges").findValuesAsString("title");
	}

	@Test
	void badTasksAreRefusedNamingTheField() {
		String erased = ok(AGENT, "mutation { createContact(input: {firstName: \"Eve\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		ok(ADMIN, "mutation($id: ID!) { eraseContact(input: {id: $id}) { userErrors { code } } }", args("id", erased));
		JsonNode refused = ok(AGENT, "mutation($p: ID, $e: ID) { createTask(input: {title: \" \", dueOn: \"2027-01-01\", "
				+ "assigneeId: $p, contactId: $e, dealId: \"nope\"}) { task { id } userErrors { field code } } }",
				args("p", partner, "e", erased)).at("createTask");
		assertThat(refused.path("task").isNull()).isTrue();
		assertThat(refused.path("userErrors").toString()).contains("[\"input\",\"title\"]", "REQUIRED",
				"[\"input\",\"assigneeId\"]", "WRONG_AGENT_KIND", "[\"input\",\"contactId\"]", "ERASED",
				"[\"input\",\"dealId\"]", "NOT_FOUND");
		String todo = create("{title: \"A to-do\", dueOn: \"2027-01-04\"}").path("task").path("id").asString();
		assertThat(ok(AGENT, "mutation($t: ID!) { completeTask(input: {id: $t, log: {}}) { task { status } userErrors { field code } } }",
				args("t", todo)).at("completeTask.userErrors.0.code").asString()).isEqualTo("NOT_LOGGABLE");
		assertThat(ok(AGENT, "mutation($t: ID!) { snoozeTask(input: {id: $t, days: 400}) { userErrors { field code } } }",
				args("t", todo)).at("snoozeTask.userErrors.0.code").asString()).isEqualTo("OUT_OF_RANGE");
		assertThat(count("MATCH (t:Task) RETURN count(t)")).isEqualTo(1);
		assertThat(gql(VIEWER, "{ tasks { totalCount } }").errorCode()).isEqualTo("FORBIDDEN");
	}

}
