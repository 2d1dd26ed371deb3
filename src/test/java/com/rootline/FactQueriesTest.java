package com.rootline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Facts kept by writers have one owner: the statements that count or rebuild them
 * ({@code cypher/queries/facts/}) are run by the facts package only. A writer publishes what it
 * changed (for example {@code facts/DealChanged}) and leaves the counting to it. Read from the
 * sources, since a named query is a string ArchUnit does not see.
 */
class FactQueriesTest {

	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void onlyTheFactsPackageRunsTheFactQueries() throws IOException {
		List<Path> callers;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			callers = files.filter(p -> p.toString().endsWith(".java") && read(p).contains("\"facts/")).toList();
		}
		assertThat(callers).as("classes that run facts/ queries").isNotEmpty()
			.allMatch(p -> p.startsWith(SOURCES.resolve("com/rootline/facts")));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
