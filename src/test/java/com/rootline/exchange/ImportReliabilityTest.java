package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Imports finish: a chunk that outlives its transaction timeout is tried again, a job that failed
 * resumes from its checkpoint without a new upload, and a file that cannot be read is explained by
 * line, never with a parser's internals. Chunks are 4 rows and time out after 3 s in tests.
 */
class ImportReliabilityTest extends ImportTestSupport {

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportSettings settings;

	@AfterEach
	void noObserver() {
		runner.observeChunks((job, checkpoint, attempt) -> {
		});
	}

	private static byte[] people(int n) {
		StringBuilder file = new StringBuilder("First Name,Last Name,E-mail 1 - Value\r\n");
		for (int i = 0; i < n; i++) {
			file.append("Person,N").append(i).append(",p").append(i).append("@example.com\r\n");
		}
		return file.toString().getBytes(StandardCharsets.UTF_8);
	}

	private void assertEveryRowOnce(int n) {
		assertThat(count("MATCH (c:Contact) RETURN count(c)")).isEqualTo(n);
		assertThat(count("MATCH (c:Contact)-[:HAS_EMAIL]->(e:EmailAddress) RETURN count(DISTINCT e)")).isEqualTo(n);
	}

	@Test
	void aChunkThatOutlivesItsTimeoutIsTriedAgainAndTheJobCompletes() {
		Set<String> attempts = ConcurrentHashMap.newKeySet();
		runner.observeChunks((job, checkpoint, attempt) -> {
			attempts.add(checkpoint + "#" + attempt);
			if (checkpoint == 8 && attempt == 1) {
				sleep(6_000);
			}
		});
		JsonNode job = importAndWait("slow.csv", people(12), Map.of());
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
		assertThat(List.of(job.path("processed").asInt(), job.path("created").asInt())).containsExactly(12, 12);
		assertThat(attempts).contains("8#1", "8#2").doesNotContain("4#2", "12#2");
		assertEveryRowOnce(12);
	}

	@Test
	void aFailedJobResumesFromItsCheckpointWithoutANewUpload() {
		AtomicBoolean broken = new AtomicBoolean(true);
		runner.observeChunks((job, checkpoint, attempt) -> {
			if (checkpoint == 8 && broken.get()) {
				throw new IllegalStateException("a defect in the chunk at rows 5 to 8");
			}
		});
		JsonNode failed = importAndWait("fails.csv", people(12), Map.of());
		String id = failed.path("id").asString();
		assertThat(failed.path("status").asString()).isEqualTo("FAILED");
		assertThat(failed.path("message").asString()).contains("resumeImport").doesNotContain("Exception", "java.", "/");
		assertThat(failed.path("processed").asInt()).isEqualTo(4);
		assertThat(Files.exists(settings.directory().resolve(id))).as("a failed job keeps its file").isTrue();

		JsonNode notFailed = ok(AGENT, "mutation($id: ID!) { resumeImport(input: {id: $id}) { userErrors { code } } }",
				Map.of("id", "no-such-job")).at("resumeImport.userErrors");
		assertThat(notFailed.findValuesAsString("code")).containsExactly("NOT_FOUND");

		broken.set(false);
		JsonNode resumed = ok(AGENT, "mutation($id: ID!) { resumeImport(input: {id: $id}) { job { status } userErrors { code } } }",
				Map.of("id", id)).at("resumeImport");
		assertThat(resumed.path("userErrors")).isEmpty();
		assertThat(resumed.at("/job/status").asString()).isEqualTo("QUEUED");
		JsonNode done = waitFor(id);
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(List.of(done.path("processed").asInt(), done.path("created").asInt())).containsExactly(12, 12);
		assertEveryRowOnce(12);
		assertThat(Files.exists(settings.directory().resolve(id))).as("a completed job's file goes").isFalse();

		JsonNode again = ok(AGENT, "mutation($id: ID!) { resumeImport(input: {id: $id}) { userErrors { code } } }",
				Map.of("id", id)).at("resumeImport.userErrors");
		assertThat(again.findValuesAsString("code")).containsExactly("NOT_FAILED");
	}

	@Test
	void aFileThatCannotBeReadIsExplainedByLine() {
		byte[] unclosed = "First Name,Last Name,Notes\r\nAda,Lovelace,fine\r\nBob,\"Stranger,oops\r\nCy,Young,x\r\n"
			.getBytes(StandardCharsets.UTF_8);
		JsonNode job = importAndWait("quotes.csv", unclosed, Map.of("format", "GOOGLE_CSV"));
		assertThat(job.path("status").asString()).isEqualTo("FAILED");
		assertThat(job.path("message").asString()).startsWith("Line 3: a quoted value is not closed")
			.doesNotContain("Exception", "org.", "startline");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
