package com.rootline.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.support.GraphQlHttp.Response;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The deal pipeline: stages and their history, stage prompts as tasks, and closing. */
class DealApiTest extends IntegrationTest {

	private String agent;

	private String ann;

	private String bo;

	private static Map<String, Object> vars(Object... kv) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	@BeforeEach
	void people() {
		agent = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: LOAN_OFFICER, name: \"Lou Officer\"}) { agent { id } } }",
				Map.of()).at("createAgent.agent.id").asString();
		ann = ok(AGENT, "mutation { createContact(input: {firstName: \"Ann\", lastName: \"Buyer\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		bo = ok(AGENT, "mutation { createContact(input: {firstName: \"Bo\", lastName: \"Buyer\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
	}

	private JsonNode create(String stage) {
		return ok(AGENT, """
				mutation($c: [ID!]!, $a: ID, $s: DealStage) {
				  createDeal(input: {kind: PURCHASE, contactIds: $c, agentId: $a, stage: $s, price: "425000.00",
				                     loanType: "FHA", interestRate: 6.125, propertyAddress: "12 Elm St"}) {
				    deal { id stage version price loanType interestRate contacts { firstName } agent { name } }
				    tasksCreated { title } userErrors { field code message } } }""",
				vars("c", List.of(ann, bo), "a", agent, "s", stage)).at("createDeal");
	}

	private JsonNode move(String id, String stage, int version) {
		return ok(AGENT, "mutation($id: ID!, $s: DealStage!, $v: Int!) { moveDealStage(input: {id: $id, stage: $s, expectedVersion: $v, "
				+ "at: \"2026-06-01T15:00:00Z\"}) { deal { stage version stageHistory { stage from by } } "
				+ "tasksCreated { title dueOn status assignee { name } deal { id } } userErrors { field code message } } }",
				vars("id", id, "s", stage, "v", version)).at("moveDealStage");
	}

	@Test
	void approvalPromptsCongratulationsAndTheHistoryIsKept() {
		JsonNode created = create("LEAD");
		assertThat(created.path("tasksCreated")).isEmpty();
		assertThat(created.path("deal").path("price").asString()).isEqualTo("425000.00");
		assertThat(created.path("deal").path("contacts").findValuesAsString("firstName")).containsExactlyInAnyOrder("Ann", "Bo");
		String id = created.path("deal").path("id").asString();

		assertThat(created.path("deal").path("version").asInt()).isEqualTo(1);
		JsonNode application = move(id, "APPLICATION", 1);
		assertThat(application.path("userErrors")).isEmpty();
		assertThat(application.path("tasksCreated")).isEmpty();
		JsonNode approved = move(id, "APPROVED", 2);
		assertThat(approved.path("tasksCreated")).hasSize(1);
		JsonNode task = approved.path("tasksCreated").get(0);
		assertThat(task.path("title").asString())
			.isIn("Send congratulations and the construction contract to Ann Buyer, Bo Buyer",
					"Send congratulations and the construction contract to Bo Buyer, Ann Buyer");
		assertThat(task.path("dueOn").asString()).isEqualTo("2026-06-02");
		assertThat(task.path("assignee").path("name").asString()).isEqualTo("Lou Officer");
		assertThat(task.path("deal").path("id").asString()).isEqualTo(id);
		assertThat(approved.path("deal").path("stageHistory").toString())
			.isEqualTo("[{\"stage\":\"LEAD\",\"from\":null,\"by\":\"token:test agent\"},"
					+ "{\"stage\":\"APPLICATION\",\"from\":\"LEAD\",\"by\":\"token:test agent\"},"
					+ "{\"stage\":\"APPROVED\",\"from\":\"APPLICATION\",\"by\":\"token:test agent\"}]");

		JsonNode stale = move(id, "UNDER_CONTRACT", 2);
		assertThat(stale.path("userErrors").get(0).path("code").asString()).isEqualTo("VERSION_CONFLICT");
		JsonNode toClosed = move(id, "CLOSED", 3);
		assertThat(toClosed.path("userErrors").get(0).path("code").asString()).isEqualTo("INVALID_STAGE_CHANGE");
		assertThat(toClosed.path("userErrors").get(0).path("message").asString()).contains("closeDeal");

		JsonNode closed = ok(AGENT, "mutation($id: ID!, $on: Date!) { closeDeal(input: {id: $id, closedOn: $on, revenue: \"12750.00\"}) "
				+ "{ deal { stage closedOn revenue } userErrors { code } } }",
				vars("id", id, "on", LocalDate.now(ZoneOffset.UTC).toString())).at("closeDeal.deal");
		assertThat(closed.path("stage").asString()).isEqualTo("CLOSED");
		assertThat(closed.path("revenue").asString()).isEqualTo("12750.00");
		assertThat(move(id, "APPROVED", 4).path("userErrors").get(0).path("code").asString()).isEqualTo("INVALID_STAGE_CHANGE");
		JsonNode annDeals = ok("query($id: ID!) { contact(id: $id) { deals { id stage } } }", vars("id", ann)).at("contact.deals");
		assertThat(annDeals.findValuesAsString("stage")).containsExactly("CLOSED");
	}

	@Test
	void aDeclinedApplicationPromptsOptionsAndAFollowUpThreeWeeksLater() {
		String id = create("APPLICATION").path("deal").path("id").asString();
		JsonNode lost = ok(AGENT, "mutation($id: ID!) { loseDeal(input: {id: $id, reason: \"declined\", at: \"2026-06-01T09:00:00Z\"}) "
				+ "{ deal { stage lostReason } tasksCreated { title dueOn } userErrors { code } } }", vars("id", id)).at("loseDeal");
		assertThat(lost.path("deal").path("lostReason").asString()).isEqualTo("declined");
		assertThat(lost.path("tasksCreated")).hasSize(2);
		assertThat(lost.path("tasksCreated").get(0).path("title").asString()).startsWith("Send other financing options to ");
		assertThat(lost.path("tasksCreated").get(0).path("dueOn").asString()).isEqualTo("2026-06-02");
		assertThat(lost.path("tasksCreated").get(1).path("title").asString()).startsWith("Follow up with ");
		assertThat(lost.path("tasksCreated").get(1).path("dueOn").asString()).isEqualTo("2026-06-22");

		String approvedThenLost = create("APPROVED").path("deal").path("id").asString();
		JsonNode noPrompt = ok(AGENT, "mutation($id: ID!) { loseDeal(input: {id: $id}) { tasksCreated { title } } }",
				vars("id", approvedThenLost)).at("loseDeal");
		assertThat(noPrompt.path("tasksCreated")).as("the decline prompts are for applications only").isEmpty();

		JsonNode open = ok(AGENT, "query($a: ID) { tasks(filter: {assigneeId: $a, status: OPEN}) { edges { node { id title dueOn deal { id } } } } }",
				vars("a", agent)).at("tasks.edges");
		assertThat(open).hasSize(3);
		assertThat(open.findValuesAsString("dueOn")).isSorted();
		String first = open.get(0).path("node").path("id").asString();
		ok(AGENT, "mutation($id: ID!) { completeTask(input: {id: $id}) { task { status completedAt } } }", vars("id", first));
		assertThat(ok(AGENT, "query($a: ID) { tasks(filter: {assigneeId: $a, status: OPEN}) { totalCount edges { node { id } } } }",
				vars("a", agent)).at("tasks.edges")).hasSize(2);
		assertThat(ok(AGENT, "{ tasks(filter: {status: DONE, dueTo: \"2026-06-02\"}) { edges { node { id } } } }", Map.of())
			.at("tasks.edges")).hasSize(1);
	}

	@Test
	void badDealsAreRefusedWithPaths() {
		Response r = ok(AGENT, "mutation($c: [ID!]!) { createDeal(input: {kind: SALE, contactIds: $c, stage: CLOSED, revenue: \"1.234\", "
				+ "interestRate: 150}) { deal { id } userErrors { field code } } }", vars("c", List.of(ann, "nobody")));
		List<String> found = new java.util.ArrayList<>();
		r.at("createDeal.userErrors").forEach(e -> found.add(e.path("code").asString() + " " + e.path("field").toString()));
		assertThat(found).containsExactlyInAnyOrder("INVALID_STAGE_CHANGE [\"input\",\"stage\"]",
				"NOT_FOUND [\"input\",\"contactIds\",\"1\"]", "INVALID [\"input\",\"revenue\"]",
				"INVALID [\"input\",\"interestRate\"]");
		assertThat(count("MATCH (d:Deal) RETURN count(d)")).isZero();
		JsonNode list = ok("{ deals(filter: {stage: LEAD}) { totalCount } }", Map.of()).at("deals");
		assertThat(list.path("totalCount").asInt()).isZero();
		create("LEAD");
		create("LEAD");
		JsonNode page = ok("{ deals(first: 1) { totalCount edges { node { stage } } pageInfo { hasNextPage } } }", Map.of()).at("deals");
		assertThat(page.path("totalCount").asInt()).isEqualTo(2);
		assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
		assertThat(ok("query($c: ID) { deals(filter: {contactId: $c}) { totalCount } }", vars("c", bo)).at("deals.totalCount").asInt())
			.isEqualTo(2);
	}

}
