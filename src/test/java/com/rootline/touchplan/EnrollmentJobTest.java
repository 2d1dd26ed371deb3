package com.rootline.touchplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A group enrolment is one job: it enrols everyone in the filter once, reports its progress, and a
 * job whose runner died mid-way is taken over after its lease and finishes without doubling anyone.
 */
class EnrollmentJobTest extends IntegrationTest {

	private static final int GROUP = 1_200;

	@Autowired
	EnrollmentJobs jobs;

	@BeforeEach
	void sphere() {
		try (var session = driver.session()) {
			session.run("""
					MERGE (g:Group {name: 'Sphere'})
					WITH g
					UNWIND range(1, $n) AS i
					CREATE (c:Contact {id: 'c' + right('0000' + toString(i), 5), firstName: 'C' + i, lastName: 'Sphere',
					        displayName: 'C' + i, nameKey: 'c' + i, createdAt: datetime(), version: 0, active: false})
					CREATE (c)-[:IN_GROUP]->(g)""", Map.of("n", GROUP)).consume();
			session.run("MATCH (c:Contact {id: 'c00007'}) SET c.doNotContactAt = datetime()").consume();
		}
	}

	private JsonNode enrol() {
		return ok(AGENT, """
				mutation { enrollInTouchPlan(input: {planId: "8x8", filter: {group: "Sphere"}, startOn: "2027-01-04"})
				  { job { id status } userErrors { code } } }""", Map.of()).at("enrollInTouchPlan.job");
	}

	private JsonNode awaitDone(String jobId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (true) {
			JsonNode job = ok(AGENT, "query($j: ID!) { enrollmentJob(id: $j) { status total processed enrolled skipped message } }",
					args("j", jobId)).at("enrollmentJob");
			if (job.path("status").asString().equals("COMPLETED") || job.path("status").asString().equals("FAILED")) {
				return job;
			}
			assertThat(System.nanoTime()).as("job finished in time").isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				throw new AssertionError(ex);
			}
		}
	}

	private long stepCount() {
		return count("MATCH (t:Task) WHERE t.enrollmentId IS NOT NULL RETURN count(t)");
	}

	@Test
	void aGroupIsEnrolledOnceAsAJobWithProgress() {
		JsonNode done = awaitDone(enrol().path("id").asString());
		assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(List.of(done.path("total").asInt(), done.path("processed").asInt(), done.path("enrolled").asInt(),
				done.path("skipped").asInt())).containsExactly(GROUP, GROUP, GROUP - 1, 1);
		assertThat(stepCount()).isEqualTo((GROUP - 1) * 8L);

		JsonNode again = awaitDone(enrol().path("id").asString());
		assertThat(again.path("enrolled").asInt()).as("enrolling twice does nothing twice").isZero();
		assertThat(again.path("skipped").asInt()).isEqualTo(GROUP);
		assertThat(stepCount()).isEqualTo((GROUP - 1) * 8L);
		assertThat(count("MATCH (t:Task {stepIndex: 0}) WHERE t.dueOn = date('2027-01-04') RETURN count(t)"))
			.isEqualTo(GROUP - 1);
	}

	@Test
	void aJobWhoseRunnerDiedIsTakenOverAndResumesAfterItsCheckpoint() {
		List<String> firstPage = new java.util.ArrayList<>();
		for (int i = 1; i <= 500; i++) {
			firstPage.add(String.format("c%05d", i));
		}
		// What a runner that died after committing its first page leaves: those 500 enrolled, the
		// job RUNNING with its checkpoint and counts, and a lease that has run out.
		ok(AGENT, "mutation($c: [ID!]!) { enrollInTouchPlan(input: {planId: \"8x8\", contactIds: $c, startOn: \"2027-01-04\"}) "
				+ "{ userErrors { code } } }", args("c", firstPage.subList(0, 500)));
		try (var session = driver.session()) {
			session.run("""
					CREATE (:EnrollmentJob {id: 'crashed', planId: '8x8', filter: '{"group":"Sphere","archived":false}',
					        startOn: date('2027-01-04'), status: 'RUNNING', leaseOwner: 'dead-runner',
					        leaseUntil: datetime() - duration({seconds: 5}), createdBy: 'test', createdAt: datetime(),
					        total: 1200, processed: 500, enrolled: 499, skipped: 1, checkpoint: 'c00500'})""").consume();
		}
		jobs.drain();
		JsonNode done = awaitDone("crashed");
		assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(List.of(done.path("processed").asInt(), done.path("enrolled").asInt(), done.path("skipped").asInt()))
			.containsExactly(GROUP, GROUP - 1, 1);
		assertThat(count("MATCH (e:Enrollment) RETURN count(e)")).isEqualTo(GROUP - 1);
		assertThat(stepCount()).isEqualTo((GROUP - 1) * 8L);
	}

	@Test
	void aBadFilterOrAnUnknownPlanIsRefusedBeforeAnyJobStarts() {
		assertThat(ok(AGENT, "mutation { enrollInTouchPlan(input: {planId: \"nope\", filter: {group: \"Sphere\"}}) "
				+ "{ job { id } userErrors { field code } } }", Map.of()).at("enrollInTouchPlan.userErrors.0.code").asString())
			.isEqualTo("NOT_FOUND");
		assertThat(ok(AGENT, "mutation { enrollInTouchPlan(input: {planId: \"8x8\"}) { userErrors { field code } } }", Map.of())
			.at("enrollInTouchPlan.userErrors.0.code").asString()).isEqualTo("INVALID");
		assertThat(count("MATCH (j:EnrollmentJob) RETURN count(j)")).isZero();
	}

}
