package com.rootline.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.rootline.support.GraphQlHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A 100,000-row Google Contacts file (multi-value cells, multi-line notes, labels, a few bad rows)
 * uploaded over HTTP and imported with the production chunk size. Reports the time, the import
 * rate and the heap of the JVM (service and embedded Neo4j together): the most that was live while
 * importing, sampled after a forced full GC every two seconds, the peak with garbage, and what is
 * still held after the job. Not part of the default suite:
 *
 * <pre>./mvnw test -Drootline.excludedGroups=none -Dgroups=benchmark -Dtest=ImportBenchmark -Drootline.bench.rows=100000</pre>
 */
@Tag("benchmark")
// Production settings: the tests' 3 s chunk timeout exists to make chunks time out.
@TestPropertySource(properties = { "rootline.imports.chunk-size=500", "rootline.imports.chunk-timeout=5m" })
class ImportBenchmark extends ImportTestSupport {

	private static final String HEADER = "First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,"
			+ "Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
			+ "Address 1 - Label,Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code,"
			+ "Address 1 - Country,Relation 1 - Label,Relation 1 - Value\r\n";

	@Test
	void importAHundredThousandRows() throws Exception {
		int rows = Integer.getInteger("rootline.bench.rows", 100_000);
		Path file = Files.createTempFile("rootline-import-bench", ".csv");
		int bad = write(file, rows, new Random(11));
		long bytes = Files.size(file);

		System.gc();
		long heapBefore = heapUsed();
		AtomicLong peak = new AtomicLong(heapBefore);
		AtomicLong livePeak = new AtomicLong(heapBefore);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			for (int tick = 1; !Thread.currentThread().isInterrupted(); tick++) {
				peak.accumulateAndGet(heapUsed(), Math::max);
				if (tick % 200 == 0) {
					// Every 2 s a full GC shows what is really held (it costs the import a few per cent).
					System.gc();
					livePeak.accumulateAndGet(heapUsed(), Math::max);
				}
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
		long t0 = System.nanoTime();
		String boundary = "----rootline" + UUID.randomUUID();
		GraphQlHttp.Response accepted = http.send(HttpRequest.newBuilder(http.uri("/imports"))
			.header("Authorization", "Bearer " + AGENT)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
							+ "filename=\"google.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
			.build());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		long uploadMs = (System.nanoTime() - t0) / 1_000_000;
		String id = accepted.json().path("id").asString();
		JsonNode job;
		do {
			Thread.sleep(200);
			job = ok(AGENT, "query($id: ID!) { importJob(id: $id) { status total processed created updated skipped failed } }",
					Map.of("id", id)).at("importJob");
		}
		while (job.path("status").asString().matches("QUEUED|RUNNING"));
		long totalMs = (System.nanoTime() - t0) / 1_000_000;
		sampler.interrupt();
		sampler.join();
		System.gc();
		long heapAfter = heapUsed();
		Files.delete(file);

		assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.path("created").asInt()).isEqualTo(rows - bad);
		assertThat(job.path("failed").asInt()).isEqualTo(bad);
		System.out.printf("BENCH import: %d rows (%d bad), %.1f MB Google CSV; upload %d ms, total %d ms, %.0f rows/s; "
				+ "heap %d MB live before; while importing: live heap at most +%d MB (after a full GC every 2 s), "
				+ "peak +%d MB with garbage; +%d MB retained after the job%n",
				rows, bad, bytes / 1e6, uploadMs, totalMs, rows * 1000.0 / totalMs, heapBefore >> 20,
				(livePeak.get() - heapBefore) >> 20, (peak.get() - heapBefore) >> 20, (heapAfter - heapBefore) >> 20);
	}

	/**
	 * A backup restored: a Rootline CSV of {@code rootline.bench.rows} contacts (default 100,000),
	 * half of them with an origin (four in five referred by another contact of the file, in shuffled
	 * order so that about half the referrers come later in the file; one in five from one of five
	 * outlets). Imported, exported, the store emptied, the export imported again and exported again:
	 * both exports must be the same file, forest included.
	 */
	@Test
	void restoreAHundredThousandContactsWithFiftyThousandLinks() throws Exception {
		int rows = Integer.getInteger("rootline.bench.rows", 100_000);
		List<String> outlets = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			outlets.add(ok(MARKETING, "mutation($n: String!) { createMediaOutlet(input: {mediaTypeId: \"media-type-radio\", "
					+ "name: $n}) { outlet { id } } }", Map.of("n", "Station " + i)).at("createMediaOutlet.outlet.id").asString());
		}
		Path file = Files.createTempFile("rootline-restore-bench", ".csv");
		int links = writeBackup(file, rows, new Random(23));
		Restored first = restore(Files.readAllBytes(file), rows, links);
		Files.delete(file);
		// Printed as it comes: at a million rows a run is long, and one that dies late still says this.
		System.out.printf("BENCH restore, the generated file: contacts %d ms, links %d ms, total %d ms%n", first.contactsMs(),
				first.linksMs(), first.totalMs());
		String exported = export();
		assertThat(exported.lines().count()).isEqualTo(rows + 1L);
		try (var session = driver.session()) {
			session.run("""
					MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND n.seeded IS NULL
					  AND NOT n:MediaOutlet AND NOT n:MediaType AND NOT n:ApiToken
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS""").consume();
			session.run("MATCH (o:MediaOutlet) REMOVE o.levelCounts, o.descendants, o.subtreeValueMinor, o.levelValuesMinor")
				.consume();
			assertThat(session.run("MATCH (c:Contact) RETURN count(c) AS n").single().get("n").asLong()).isZero();
		}
		Restored second = restore(exported.getBytes(StandardCharsets.UTF_8), rows, links);
		assertThat(export()).as("the export of the restored store is the export it was restored from").isEqualTo(exported);
		// The restored facts are their rebuild: rebuildGraphFacts, the ADMIN operation, finds nothing to repair.
		long r0 = System.nanoTime();
		String rebuild = ok(ADMIN, "mutation { rebuildGraphFacts(input: {reason: \"after a restore\"}) { rebuild { id } } }",
				Map.of()).at("rebuildGraphFacts.rebuild.id").asString();
		JsonNode rebuilt;
		do {
			Thread.sleep(200);
			rebuilt = ok(ADMIN, "query($id: ID) { graphFactsRebuild(id: $id) { status differences { fact differed examples } } }",
					Map.of("id", rebuild)).at("graphFactsRebuild");
		}
		while (rebuilt.path("status").asString().matches("QUEUED|RUNNING"));
		long rebuildMs = (System.nanoTime() - r0) / 1_000_000;
		assertThat(rebuilt.path("status").asString()).as(rebuilt.toString()).isEqualTo("COMPLETED");
		assertThat(rebuilt.path("differences").findValues("differed")).as(rebuilt.toString())
			.allMatch(d -> d.asInt() == 0);
		System.out.printf("BENCH restore: %d contacts, %d links (%d to outlets); generated file: contacts %d ms, "
				+ "links %d ms (%.0f links/s), total %d ms; its export restored: contacts %d ms, links %d ms "
				+ "(%.0f links/s), total %d ms; the two exports are identical; rebuildGraphFacts on the restored "
				+ "store %d ms, nothing differed%n", rows, links, links / 5,
				first.contactsMs(), first.linksMs(), links * 1000.0 / first.linksMs(), first.totalMs(),
				second.contactsMs(), second.linksMs(), links * 1000.0 / second.linksMs(), second.totalMs(), rebuildMs);
	}

	private record Restored(long contactsMs, long linksMs, long totalMs) {
	}

	private Restored restore(byte[] content, int rows, int links) throws InterruptedException {
		long t0 = System.nanoTime();
		String id = upload(AGENT, "backup.csv", content, Map.of()).json().path("id").asString();
		long contactsDone = 0;
		JsonNode job;
		do {
			Thread.sleep(100);
			job = ok(AGENT, "query($id: ID!) { importJob(id: $id) { status total processed created failed linked } }",
					Map.of("id", id)).at("importJob");
			if (contactsDone == 0 && job.path("total").asInt(-1) == job.path("processed").asInt()) {
				contactsDone = System.nanoTime();
			}
		}
		while (job.path("status").asString().matches("QUEUED|RUNNING"));
		long end = System.nanoTime();
		assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
		assertThat(List.of(job.path("created").asInt(), job.path("linked").asInt(), job.path("failed").asInt()))
			.as(job.toString()).containsExactly(rows, links, 0);
		return new Restored((contactsDone - t0) / 1_000_000, (end - contactsDone) / 1_000_000, (end - t0) / 1_000_000);
	}

	private String export() {
		return http.send(HttpRequest.newBuilder(http.uri("/exports/contacts.csv"))
			.header("Authorization", "Bearer " + BROKER)
			.build()).body();
	}

	/**
	 * Writes a Rootline CSV whose origins form a random forest (each contact referred by one made
	 * before it); returns how many rows have an origin.
	 */
	private static int writeBackup(Path file, int rows, Random random) throws IOException {
		List<String> ids = new ArrayList<>(rows);
		for (int i = 0; i < rows; i++) {
			ids.add(new UUID(random.nextLong(), random.nextLong()).toString());
		}
		List<String> lines = new ArrayList<>(rows);
		int links = 0;
		for (int i = 0; i < rows; i++) {
			String referredBy = "";
			String leadSource = "";
			String on = "";
			if (i > 0 && random.nextBoolean()) {
				links++;
				on = String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
				if (random.nextInt(5) == 0) {
					leadSource = "Station " + random.nextInt(5);
				}
				else {
					referredBy = ids.get(random.nextInt(i));
				}
			}
			lines.add(String.join(",", ids.get(i), "Restored", "Row " + i, "WORK: restored" + i + "@example.com",
					referredBy, on, leadSource) + "\r\n");
		}
		java.util.Collections.shuffle(lines, random);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("Rootline Id,First Name,Last Name,Emails,Referred By,Referred On,Lead Source\r\n");
			for (String line : lines) {
				out.write(line);
			}
		}
		return links;
	}

	private static long heapUsed() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
			}
		}
		return used;
	}

	/** A row as Google writes it: every cell quoted, no formula guard. */
	private static String row(String... cells) {
		StringBuilder line = new StringBuilder();
		for (String cell : cells) {
			line.append(line.isEmpty() ? "" : ",");
			line.append(cell == null ? "" : '"' + cell.replace("\"", "\"\"") + '"');
		}
		return line.append("\r\n").toString();
	}

	/** Writes the file; returns how many rows are bad (an unparseable birthday). */
	private static int write(Path file, int rows, Random random) throws IOException {
		String[] first = { "Maria", "Luis", "Ann", "Bob", "Kim", "Joe", "Zoë", "Sofía", "Chen", "Ola" };
		String[] last = { "García", "Lee", "Park", "Moss", "Nguyen", "Smith", "Müller", "O'Brien", "Kowalski", "Ito" };
		int bad = 0;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			for (int i = 0; i < rows; i++) {
				boolean broken = random.nextInt(200) == 0;
				bad += broken ? 1 : 0;
				String birthday = broken ? "31/31/1980" : random.nextBoolean()
						? String.format("%04d-%02d-%02d", 1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))
						: String.format("--%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
				out.write(row(first[random.nextInt(first.length)], null,
						last[random.nextInt(last.length)] + " " + i, null, "Company " + (i % 997), "Buyer", birthday,
						"Met at open house " + i + ".\nWants " + (2 + random.nextInt(3)) + " bedrooms.",
						"* myContacts ::: Buyers ::: Imported " + (i % 5), "Home",
						"person" + i + "@example.com ::: p" + i + "@mail.example", "Mobile",
						"+1 415-" + String.format("%03d-%04d", 200 + i / 10_000, i % 10_000), "Home", (i % 500) + " Oak Street",
						"San Mateo", "CA", "94401", "US", "Spouse", "Partner " + i));
			}
		}
		return bad;
	}

}
