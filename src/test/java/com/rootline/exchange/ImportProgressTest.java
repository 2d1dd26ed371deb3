package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.rootline.security.Caller;
import com.rootline.security.Role;
import com.rootline.support.GraphQlHttp;
import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code importProgress} as a dashboard receives it: server-sent events over real HTTP while the
 * runner works through a job chunk by chunk (4 rows per chunk in tests).
 */
class ImportProgressTest extends IntegrationTest {

	private static final String SUBSCRIPTION = """
			subscription($id: ID!) { importProgress(id: $id) { id status total processed created failed } }""";

	@Autowired
	ImportRunner runner;

	@Autowired
	ImportJobs jobs;

	/** One server-sent event: its name ({@code next}, {@code complete}) and data. */
	record Event(String name, String data) {

		JsonNode job() {
			return GraphQlHttp.JSON.readTree(data).at("/data/importProgress");
		}

	}

	private String queueEighteenRows() {
		StringBuilder file = new StringBuilder("First Name,Last Name,E-mail 1 - Value\r\n");
		for (int i = 0; i < 18; i++) {
			file.append("Stream,S").append(i).append(",s").append(i).append("@example.com\r\n");
		}
		Caller agent = new Caller("test-agent", "agent", Set.of(Role.AGENT), null, "token");
		return jobs.queue(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), "stream.csv",
				new ImportJobs.Request("AUTO", false, "SKIP", null, null), agent);
	}

	/** Opens the stream; events arrive on the queue as they are read, {@code null} data ends it. */
	private CompletableFuture<HttpResponse<Void>> subscribe(String token, String jobId, BlockingQueue<Event> events) {
		String body = GraphQlHttp.JSON.writeValueAsString(Map.of("query", SUBSCRIPTION, "variables", Map.of("id", jobId)));
		HttpRequest request = HttpRequest.newBuilder(http.uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "text/event-stream")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		String[] name = { "message" };
		return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(
				new java.util.concurrent.Flow.Subscriber<String>() {

					@Override
					public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
						s.request(Long.MAX_VALUE);
					}

					@Override
					public void onNext(String line) {
						if (line.startsWith("event:")) {
							name[0] = line.substring(6).strip();
						}
						else if (line.startsWith("data:")) {
							events.add(new Event(name[0], line.substring(5).strip()));
						}
					}

					@Override
					public void onError(Throwable error) {
						events.add(new Event("error", String.valueOf(error)));
					}

					@Override
					public void onComplete() {
						events.add(new Event("closed", ""));
					}
				}));
	}

	private static Event next(BlockingQueue<Event> events) throws InterruptedException {
		Event event = events.poll(20, TimeUnit.SECONDS);
		assertThat(event).as("an event within 20 s").isNotNull();
		return event;
	}

	@Test
	void progressArrivesAsServerSentEventsFromQueuedToCompleted() throws Exception {
		String id = queueEighteenRows();
		BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		CompletableFuture<HttpResponse<Void>> response = subscribe(AGENT, id, events);

		Event first = next(events);
		assertThat(first.name()).isEqualTo("next");
		assertThat(first.job().path("status").asString()).isEqualTo("QUEUED");
		assertThat(first.job().path("processed").asInt()).isZero();

		// Two chunks, then the runner stops as if it had crashed: the stream shows 8 of 18 and waits.
		runner.run(runner.claim().orElseThrow(), 2);
		List<JsonNode> seen = new ArrayList<>(List.of(first.job()));
		while (seen.getLast().path("processed").asInt() < 8) {
			Event event = next(events);
			assertThat(event.name()).as(event.data()).isEqualTo("next");
			seen.add(event.job());
		}
		assertThat(seen.getLast().path("status").asString()).isEqualTo("RUNNING");
		assertThat(seen.getLast().path("total").asInt()).isEqualTo(18);

		// Another runner takes the job over after the lease; the stream follows it to the end.
		try (var session = driver.session()) {
			session.run("MATCH (j:ImportJob {id: $id}) SET j.leaseUntil = datetime() - duration('PT1S')", Map.of("id", id))
				.consume();
		}
		runner.drain();
		Event event;
		while (!(event = next(events)).name().equals("complete")) {
			assertThat(event.name()).as(event.data()).isEqualTo("next");
			seen.add(event.job());
		}
		assertThat(next(events).name()).isEqualTo("closed");
		assertThat(response.get(5, TimeUnit.SECONDS).headers().firstValue("Content-Type").orElse(""))
			.startsWith("text/event-stream");

		List<Integer> processed = seen.stream().map(j -> j.path("processed").asInt()).toList();
		assertThat(processed).isSorted().contains(8).last().isEqualTo(18);
		assertThat(seen).doesNotHaveDuplicates();
		assertThat(seen.getLast().path("status").asString()).isEqualTo("COMPLETED");
		assertThat(seen.getLast().path("created").asInt()).isEqualTo(18);
		assertThat(seen.subList(0, seen.size() - 1)).allMatch(j -> !j.path("status").asString().equals("COMPLETED"));
	}

	@Test
	void aFinishedJobGivesItsFinalStateAndEnds() throws Exception {
		String id = queueEighteenRows();
		runner.drain();
		BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		subscribe(AGENT, id, events);
		Event only = next(events);
		assertThat(only.job().path("status").asString()).isEqualTo("COMPLETED");
		assertThat(only.job().path("processed").asInt()).isEqualTo(18);
		assertThat(next(events).name()).isEqualTo("complete");
	}

	@Test
	void anUnknownJobIsNotFoundAndReadersCannotSubscribe() throws Exception {
		BlockingQueue<Event> events = new LinkedBlockingQueue<>();
		subscribe(AGENT, "no-such-job", events);
		Event error = next(events);
		assertThat(error.data()).contains("NOT_FOUND");

		String id = queueEighteenRows();
		BlockingQueue<Event> denied = new LinkedBlockingQueue<>();
		subscribe(VIEWER, id, denied);
		assertThat(next(denied).data()).contains("FORBIDDEN");
	}

}
