package com.rootline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as an operator runs it, in a JVM of its own on an embedded store, killed with
 * SIGKILL in the middle of an import and started again without help: it waits for the store to
 * recover, takes the job over once the dead runner's lease has passed, and finishes it with every
 * row imported exactly once. One kill: starting the whole service is the test's main cost on a
 * small machine, and a second kill only repeated the takeover, which ImportApiTest also covers
 * in-process (a runner dies after a checkpoint; another continues after it).
 */
@Order(1)
class CrashRestartTest {

	private static final String TOKEN = "rl_crash_restart_bootstrap_00001";

	private static final int ROWS = 800;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path home;

	private int port;

	private int bolt;

	@Test
	void anImportKilledMidRunFinishesWithEveryRowOnce() throws Exception {
		port = freePort();
		bolt = freePort();
		Process service = start(1);
		String job = upload();
		waitForJob(job, j -> j.path("processed").asInt() >= 150, Duration.ofSeconds(60));
		service.destroyForcibly().waitFor();

		service = start(2);
		try {
			JsonNode done = waitForJob(job, j -> !j.path("status").asString().matches("QUEUED|RUNNING"), Duration.ofSeconds(120));
			assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
			assertThat(List.of(done.path("processed").asInt(), done.path("created").asInt(), done.path("failed").asInt()))
				.containsExactly(ROWS, ROWS, 0);
			HttpResponse<String> export = client.send(HttpRequest.newBuilder(uri("/exports/contacts.csv"))
				.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
			List<String> lines = export.body().lines().skip(1).toList();
			assertThat(lines).as("one contact per row").hasSize(ROWS);
			Set<String> emails = new HashSet<>();
			lines.forEach(l -> emails.add(l.replaceAll(".*?(crash\\d+@example\\.com).*", "$1")));
			assertThat(emails).as("no row twice").hasSize(ROWS);
		}
		finally {
			service.destroy();
			service.waitFor();
		}
	}

	/** Starts the service and waits until it is ready; the store under {@code home} may need recovery first. */
	private Process start(int run) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-cp",
				serviceClassPath(), RootlineApplication.class.getName(), "--server.port=" + port,
				"--rootline.neo4j.uri=", "--rootline.neo4j.embedded.data-dir=" + home.resolve("data"),
				"--rootline.neo4j.embedded.bolt-port=" + bolt, "--rootline.bootstrap-token=" + TOKEN,
				"--rootline.imports.directory=" + home.resolve("imports"), "--rootline.imports.chunk-size=20",
				"--rootline.imports.lease=3s", "--rootline.imports.poll-interval=500ms", "--logging.level.root=warn"));
		Path log = Path.of("target", "crash-restart", "service-" + run + ".log").toAbsolutePath();
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("run %d exited; see %s", run, log).isTrue();
			try {
				if (client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return process;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new AssertionError("run " + run + " did not become ready");
	}

	/** The application's class path without the tests' classes and without repeats. */
	private static String serviceClassPath() {
		java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>();
		for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
			if (!entry.endsWith("test-classes") && !entry.contains("surefire")) {
				entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
			}
		}
		return String.join(java.io.File.pathSeparator, entries);
	}

	private String upload() throws Exception {
		StringBuilder csv = new StringBuilder("First Name,Last Name,E-mail 1 - Value\r\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("Crash,Row").append(i).append(",crash").append(i).append("@example.com\r\n");
		}
		String boundary = "----crash" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"crash.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/imports"))
			.header("Authorization", "Bearer " + TOKEN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JSON.readTree(response.body()).path("id").asString();
	}

	private JsonNode waitForJob(String id, Predicate<JsonNode> until, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		JsonNode job = null;
		while (System.nanoTime() < deadline) {
			String query = "{\"query\":\"query($id: ID!) { importJob(id: $id) { status processed created failed message } }\","
					+ "\"variables\":{\"id\":\"" + id + "\"}}";
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/graphql"))
				.header("Authorization", "Bearer " + TOKEN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(query))
				.build(), HttpResponse.BodyHandlers.ofString());
			job = JSON.readTree(response.body()).at("/data/importJob");
			if (until.test(job)) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the job did not get there in " + limit + ": " + job);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
