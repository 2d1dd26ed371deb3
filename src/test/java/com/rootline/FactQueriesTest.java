package com.rootline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.rootline.graph.CypherQueries;
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

	/** The properties the facts component keeps: tree facts, level counters, values, day in touch, counted keys. */
	private static final String FACT = "(rootOutletId|rootDepth|rootLeadOn|treeKey|levelCounts|descendants"
			+ "|subtreeValueMinor|levelValuesMinor|lastTouchOn|counted[A-Z]\\w*)";

	/** A SET or REMOVE clause, up to the next clause. */
	private static final Pattern WRITE_CLAUSE = Pattern.compile(
			"\\b(SET|REMOVE)\\b(.*?)(?=\\b(WITH|RETURN|MATCH|OPTIONAL|CREATE|MERGE|CALL|UNWIND|DELETE|DETACH|FOREACH|WHERE|ORDER|SET|REMOVE)\\b|\\}|$)",
			Pattern.DOTALL);

	private static final Pattern FACT_SET = Pattern.compile("\\w\\." + FACT + "\\s*\\+?=");

	private static final Pattern FACT_REMOVED = Pattern.compile("\\w\\." + FACT + "\\b");

	private static final Pattern FACT_CREATED = Pattern.compile("(CREATE|MERGE)[^\\n]*\\{[^}]*\\b" + FACT + "\\s*:");

	/**
	 * Statements a writer runs that keep a fact in the same statement, and why: the batch of imported
	 * links shifts the level counters link by link ({@code facts/_shift-level-counts}), since each
	 * shift must see the counters the link before it left.
	 */
	private static final Set<String> INTERLEAVED = Set.of("referral/link-batch");

	@Test
	void onlyTheFactsStatementsWriteTheFacts() {
		CypherQueries queries = new CypherQueries();
		List<String> writers = queries.names()
			.stream()
			.filter(name -> !name.startsWith("facts/") && !INTERLEAVED.contains(name))
			.filter(name -> writesAFact(queries.get(name)))
			.sorted()
			.toList();
		assertThat(writers).as("statements outside facts/ that write a maintained fact").isEmpty();
		assertThat(writesAFact(queries.get("facts/count-touch-days"))).as("the rule sees a fact written").isTrue();
		assertThat(writesAFact(queries.get("referral/link-batch"))).as("the rule sees a fragment's writes").isTrue();
	}

	private static boolean writesAFact(String statement) {
		String code = statement.replaceAll("//[^\\n]*", "");
		Matcher clause = WRITE_CLAUSE.matcher(code);
		while (clause.find()) {
			if ((clause.group(1).equals("SET") ? FACT_SET : FACT_REMOVED).matcher(clause.group(2)).find()) {
				return true;
			}
		}
		return FACT_CREATED.matcher(code).find();
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
