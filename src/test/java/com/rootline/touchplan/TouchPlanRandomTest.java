package com.rootline.touchplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Enrol, pause, resume, cancel and complete in a seeded random order, through the API, against a
 * model written from the plan's definition: after every step, each enrolment's tasks are exactly
 * the model's (step, day, state), no step is lost or doubled, and the statuses agree.
 */
class TouchPlanRandomTest extends IntegrationTest {

	private static final int[] OFFSETS = { 0, 3, 7, 14, 30 };

	private String planId;

	private final List<String> contacts = new ArrayList<>();

	/** The model of one enrolment: its status, pause day and each step's (day, state). */
	private static final class Model {

		String status = "ACTIVE";

		LocalDate pausedOn;

		final Map<Integer, String[]> steps = new TreeMap<>();

	}

	@BeforeEach
	void plan() {
		JsonNode created = ok(BROKER, """
				mutation { createTouchPlan(input: {name: "Five touches", steps: [
				  {dayOffset: 14, kind: CALL, title: "Call"}, {dayOffset: 0, kind: EMAIL, title: "Welcome"},
				  {dayOffset: 3, kind: MAIL, title: "Note"}, {dayOffset: 7, kind: TEXT, title: "Text"},
				  {dayOffset: 30, kind: MEETING, title: "Coffee"}]}) { plan { id steps { dayOffset } } userErrors { code } } }""",
				Map.of()).at("createTouchPlan.plan");
		planId = created.path("id").asString();
		assertThat(created.path("steps").findValuesAsString("dayOffset")).as("kept in day order")
			.containsExactly("0", "3", "7", "14", "30");
		for (int i = 0; i < 5; i++) {
			contacts.add(ok(AGENT, "mutation($n: String!) { createContact(input: {firstName: $n, lastName: \"Plan\"}) { contact { id } } }",
					args("n", "C" + i)).at("createContact.contact.id").asString());
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 7, 2026 })
	void randomOperationsKeepTheTasksTheDefinitionSays(long seed) {
		Random random = new Random(seed);
		Map<String, Model> models = new HashMap<>();
		Map<String, String> current = new HashMap<>();
		LocalDate day = LocalDate.of(2027, 1, 4);
		for (int op = 0; op < 60; op++) {
			day = day.plusDays(random.nextInt(4));
			String contact = contacts.get(random.nextInt(contacts.size()));
			String enrollment = current.get(contact);
			Model m = enrollment == null ? null : models.get(enrollment);
			switch (random.nextInt(5)) {
				case 0 -> {
					JsonNode r = ok(AGENT, "mutation($p: ID!, $c: ID!, $d: Date!) { enrollInTouchPlan(input: {planId: $p, "
							+ "contactIds: [$c], startOn: $d}) { enrollments { id } skipped { reason } userErrors { code } } }",
							args("p", planId, "c", contact, "d", day.toString())).at("enrollInTouchPlan");
					if (m == null || m.status.equals("CANCELLED")) {
						String id = r.path("enrollments").get(0).path("id").asString();
						Model fresh = new Model();
						for (int i = 0; i < OFFSETS.length; i++) {
							fresh.steps.put(i, new String[] { day.plusDays(OFFSETS[i]).toString(), "OPEN" });
						}
						models.put(id, fresh);
						current.put(contact, id);
					}
					else {
						assertThat(r.path("skipped").findValuesAsString("reason")).containsExactly("ALREADY_ENROLLED");
					}
				}
				case 1 -> {
					if (m == null) {
						continue;
					}
					JsonNode r = change("pauseEnrollment", enrollment, day);
					if (m.status.equals("CANCELLED")) {
						assertThat(r.path("userErrors").findValuesAsString("code")).containsExactly("CANCELLED");
					}
					else if (m.status.equals("ACTIVE")) {
						m.status = "PAUSED";
						m.pausedOn = day;
						m.steps.values().stream().filter(s -> s[1].equals("OPEN")).forEach(s -> s[1] = "ON_HOLD");
					}
				}
				case 2 -> {
					if (m == null) {
						continue;
					}
					JsonNode r = change("resumeEnrollment", enrollment, day);
					if (m.status.equals("CANCELLED")) {
						assertThat(r.path("userErrors").findValuesAsString("code")).containsExactly("CANCELLED");
					}
					else if (m.status.equals("PAUSED")) {
						long shift = ChronoUnit.DAYS.between(m.pausedOn, day);
						m.status = "ACTIVE";
						m.pausedOn = null;
						m.steps.values().stream().filter(s -> s[1].equals("ON_HOLD")).forEach(s -> {
							s[0] = LocalDate.parse(s[0]).plusDays(shift).toString();
							s[1] = "OPEN";
						});
					}
				}
				case 3 -> {
					if (m == null || random.nextInt(3) > 0) {
						continue;
					}
					change("cancelEnrollment", enrollment, day);
					m.status = "CANCELLED";
					m.steps.values().removeIf(s -> !s[1].equals("DONE"));
				}
				default -> {
					if (m == null || m.steps.isEmpty()) {
						continue;
					}
					int step = new ArrayList<>(m.steps.keySet()).get(random.nextInt(m.steps.size()));
					String task = taskOf(enrollment, step);
					JsonNode r = ok(AGENT, "mutation($t: ID!) { completeTask(input: {id: $t}) { task { status } userErrors { code } } }",
							args("t", task)).at("completeTask");
					String state = m.steps.get(step)[1];
					if (state.equals("ON_HOLD")) {
						assertThat(r.path("userErrors").findValuesAsString("code")).containsExactly("NOT_OPEN");
					}
					else {
						m.steps.get(step)[1] = "DONE";
					}
				}
			}
			assertGraphMatches(models, "after operation " + op + " (seed " + seed + ")");
		}
		assertMaintainedFactsTrue();
	}

	private JsonNode change(String mutation, String enrollment, LocalDate day) {
		return ok(AGENT, "mutation($e: ID!, $d: Date) { " + mutation + "(input: {id: $e, on: $d}) { enrollment { status } "
				+ "userErrors { code } } }", args("e", enrollment, "d", day.toString())).at(mutation);
	}

	private String taskOf(String enrollment, int step) {
		try (var session = driver.session()) {
			return session.run("MATCH (t:Task {enrollmentId: $e, stepIndex: $s}) RETURN t.id AS id",
					Map.of("e", enrollment, "s", step)).single().get("id").asString();
		}
	}

	private void assertGraphMatches(Map<String, Model> models, String when) {
		Map<String, Map<Integer, String>> actual = new HashMap<>();
		try (var session = driver.session()) {
			session.run("MATCH (t:Task) WHERE t.enrollmentId IS NOT NULL RETURN t.enrollmentId AS e, t.stepIndex AS s, "
					+ "toString(t.dueOn) AS due, t.status AS status").forEachRemaining(r -> {
						String previous = actual.computeIfAbsent(r.get("e").asString(), k -> new TreeMap<>())
							.put(r.get("s").asInt(), r.get("due").asString() + " " + r.get("status").asString());
						assertThat(previous).as(when + ": a step doubled").isNull();
					});
		}
		Map<String, Map<Integer, String>> expected = new HashMap<>();
		models.forEach((id, m) -> {
			Map<Integer, String> steps = new TreeMap<>();
			m.steps.forEach((i, s) -> steps.put(i, s[0] + " " + s[1]));
			if (!steps.isEmpty()) {
				expected.put(id, steps);
			}
		});
		assertThat(actual).as(when).isEqualTo(expected);
		JsonNode page = ok(AGENT, "query($p: ID) { enrollments(filter: {planId: $p}, first: 100) { edges { node { id status "
				+ "progress { done open onHold } } } } }", args("p", planId)).at("enrollments.edges");
		page.forEach(e -> {
			JsonNode n = e.path("node");
			Model m = models.get(n.path("id").asString());
			long done = m.steps.values().stream().filter(s -> s[1].equals("DONE")).count();
			String status = m.status.equals("ACTIVE") && done == OFFSETS.length ? "COMPLETED" : m.status;
			assertThat(n.path("status").asString()).as(when + " status").isEqualTo(status);
			assertThat(n.path("progress").path("done").asLong()).as(when + " done").isEqualTo(done);
		});
		assertThat(page.size()).isEqualTo(models.size());
	}

}
