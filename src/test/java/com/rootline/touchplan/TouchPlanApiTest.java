package com.rootline.touchplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The seeded plans, editing plans, and what enrolling refuses or skips. */
class TouchPlanApiTest extends IntegrationTest {

	@Test
	void theSeededPlansAreThereWithTheirSteps() {
		JsonNode plans = ok(VIEWER, "{ touchPlans { id name seeded steps { dayOffset kind title } } }", Map.of()).at("touchPlans");
		assertThat(plans.findValuesAsString("name")).contains("8x8", "33 Touch");
		for (JsonNode plan : plans) {
			if (plan.path("id").asString().equals("8x8")) {
				assertThat(plan.path("steps")).hasSize(8);
				assertThat(plan.path("steps").get(7).path("dayOffset").asInt()).isEqualTo(49);
			}
			if (plan.path("id").asString().equals("33-touch")) {
				assertThat(plan.path("steps")).hasSize(33);
				assertThat(plan.path("steps").findValuesAsString("kind").stream().filter("EMAIL"::equals)).hasSize(12);
				assertThat(plan.path("steps").findValuesAsString("kind").stream().filter("MAIL"::equals)).hasSize(10);
				assertThat(plan.path("steps").findValuesAsString("kind").stream().filter("CALL"::equals)).hasSize(8);
				assertThat(plan.path("steps").findValuesAsString("kind").stream().filter("MEETING"::equals)).hasSize(3);
				assertThat(plan.path("steps").get(32).path("dayOffset").asInt()).isLessThan(366);
			}
		}
	}

	@Test
	void badPlansAreRefusedNamingTheStepAndNothingIsWritten() {
		JsonNode refused = ok(BROKER, """
				mutation { createTouchPlan(input: {name: "8x8", steps: [{dayOffset: -1, title: "Too early"},
				  {dayOffset: 5000, title: " "}]}) { plan { id } userErrors { field code } } }""", Map.of())
			.at("createTouchPlan.userErrors");
		List<String> errors = new java.util.ArrayList<>();
		refused.forEach(e -> errors.add(e.path("code").asString() + " " + e.path("field").toString()));
		assertThat(errors).containsExactlyInAnyOrder("OUT_OF_RANGE [\"input\",\"steps\",\"0\",\"dayOffset\"]",
				"OUT_OF_RANGE [\"input\",\"steps\",\"1\",\"dayOffset\"]", "REQUIRED [\"input\",\"steps\",\"1\",\"title\"]",
				"DUPLICATE [\"input\",\"name\"]");
		assertThat(count("MATCH (p:TouchPlan) RETURN count(p)")).isEqualTo(2);
		assertThat(gql(AGENT, "mutation { createTouchPlan(input: {name: \"Mine\", steps: [{dayOffset: 0, title: \"Hi\"}]}) "
				+ "{ plan { id } } }").errorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void anEditedPlanChecksItsVersionAndChangesOnlyLaterEnrolments() {
		String id = ok(BROKER, "mutation { createTouchPlan(input: {name: \"Two\", steps: [{dayOffset: 0, title: \"A\"}, "
				+ "{dayOffset: 2, title: \"B\"}]}) { plan { id version } } }", Map.of()).at("createTouchPlan.plan.id").asString();
		String ann = ok(AGENT, "mutation { createContact(input: {firstName: \"Ann\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		ok(AGENT, "mutation($p: ID!, $c: ID!) { enrollInTouchPlan(input: {planId: $p, contactIds: [$c], startOn: \"2027-01-04\"}) "
				+ "{ enrollments { stepCount } } }", args("p", id, "c", ann));
		JsonNode edited = ok(BROKER, "mutation($p: ID!) { updateTouchPlan(input: {id: $p, expectedVersion: 1, name: \"Three\", "
				+ "steps: [{dayOffset: 0, title: \"A\"}, {dayOffset: 2, title: \"B\"}, {dayOffset: 9, title: \"C\"}]}) "
				+ "{ plan { name version steps { title } } userErrors { code } } }", args("p", id)).at("updateTouchPlan");
		assertThat(edited.path("plan").path("version").asInt()).isEqualTo(2);
		assertThat(ok(BROKER, "mutation($p: ID!) { updateTouchPlan(input: {id: $p, expectedVersion: 1, name: \"Stale\", "
				+ "steps: [{dayOffset: 0, title: \"A\"}]}) { plan { name } userErrors { code } } }", args("p", id))
			.at("updateTouchPlan.userErrors.0.code").asString()).isEqualTo("VERSION_CONFLICT");
		assertThat(ok(VIEWER, "query($p: ID!) { touchPlan(id: $p) { name } }", args("p", id)).at("touchPlan.name").asString())
			.as("the refused edit rolled back").isEqualTo("Three");
		assertThat(count("MATCH (t:Task {contactId: $c}) RETURN count(t)", Map.of("c", ann)))
			.as("the steps already scheduled stay as they were").isEqualTo(2);
	}

	@Test
	void enrollingSkipsWhoMayNotBeContactedAndSaysWhy() {
		String dnc = ok(AGENT, "mutation { createContact(input: {firstName: \"Dora\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		assertThat(ok(AGENT, "mutation($c: ID!) { setDoNotContact(input: {contactId: $c, doNotContact: true}) "
				+ "{ contact { doNotContact } } }", args("c", dnc)).at("setDoNotContact.contact.doNotContact").asBoolean()).isTrue();
		JsonNode result = ok(AGENT, "mutation($c: [ID!]!) { enrollInTouchPlan(input: {planId: \"8x8\", contactIds: $c}) "
				+ "{ enrollments { id } skipped { contactId reason } } }", args("c", List.of(dnc, "nobody"))).at("enrollInTouchPlan");
		assertThat(result.path("enrollments")).isEmpty();
		assertThat(result.path("skipped").findValuesAsString("reason")).containsExactlyInAnyOrder("DO_NOT_CONTACT", "NOT_FOUND");
		assertThat(count("MATCH (t:Task) RETURN count(t)")).isZero();
	}

	@Test
	void aResumeBeforeThePauseIsRefusedAndTheStepsStayOnHold() {
		String ann = ok(AGENT, "mutation { createContact(input: {firstName: \"Ann\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		String enrollment = ok(AGENT, "mutation($c: ID!) { enrollInTouchPlan(input: {planId: \"8x8\", contactIds: [$c], "
				+ "startOn: \"2027-01-04\"}) { enrollments { id } } }", args("c", ann)).at("enrollInTouchPlan.enrollments.0.id")
			.asString();
		ok(AGENT, "mutation($e: ID!) { pauseEnrollment(input: {id: $e, on: \"2027-01-10\"}) { enrollment { status } } }",
				args("e", enrollment));
		JsonNode refused = ok(AGENT, "mutation($e: ID!) { resumeEnrollment(input: {id: $e, on: \"2027-01-09\"}) "
				+ "{ enrollment { status } userErrors { field code } } }", args("e", enrollment)).at("resumeEnrollment");
		assertThat(refused.path("userErrors").toString()).contains("OUT_OF_RANGE", "\"on\"");
		assertThat(count("MATCH (t:Task {enrollmentId: $e}) WHERE t.status = 'ON_HOLD' RETURN count(t)", Map.of("e", enrollment)))
			.isEqualTo(8);
	}

}
