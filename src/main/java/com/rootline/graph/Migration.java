package com.rootline.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code V###__description.cypher} script, following the neo4j-migrations naming rules.
 * Statements are separated by a semicolon at the end of a line. A statement preceded by the line
 * {@code // rootline:enterprise-only} runs only on Neo4j Enterprise or Aura (property existence
 * and type constraints, for example) and is skipped on Community, where the service enforces the
 * same rule itself. A statement with {@code CALL { ... } IN TRANSACTIONS} (a backfill too big for
 * one transaction) runs in an auto-commit transaction, as neo4j-migrations runs it.
 */
record Migration(String version, String description, String file, String checksum, List<Statement> statements) {

	private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");

	private static final String ENTERPRISE_ONLY = "// rootline:enterprise-only";

	private static final Pattern IN_TRANSACTIONS = Pattern.compile("(?i)\\bIN\\s+TRANSACTIONS\\b");

	record Statement(String cypher, boolean enterpriseOnly) {

		/** Whether the statement commits in batches of its own, so cannot run in a given transaction. */
		boolean batched() {
			return IN_TRANSACTIONS.matcher(cypher).find();
		}

	}

	static boolean isMigrationFile(String fileName) {
		return FILE_NAME.matcher(fileName).matches();
	}

	static Migration parse(String fileName, String content) {
		Matcher m = FILE_NAME.matcher(fileName);
		if (!m.matches()) {
			throw new MigrationException("Migration file " + fileName + " does not follow V###__description.cypher");
		}
		String version = m.group(1);
		String description = m.group(2).replace('_', ' ');
		return new Migration(version, description, fileName, checksum(content), statements(content));
	}

	private static List<Statement> statements(String content) {
		List<Statement> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean enterpriseOnly = false;
		for (String line : content.replace("\r\n", "\n").split("\n")) {
			String trimmed = line.strip();
			if (trimmed.equals(ENTERPRISE_ONLY)) {
				enterpriseOnly = true;
				continue;
			}
			if (trimmed.startsWith("//") && current.isEmpty()) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String cypher = current.toString().strip();
				result.add(new Statement(cypher.substring(0, cypher.length() - 1).strip(), enterpriseOnly));
				current.setLength(0);
				enterpriseOnly = false;
			}
		}
		if (!current.toString().isBlank()) {
			result.add(new Statement(current.toString().strip(), enterpriseOnly));
		}
		return List.copyOf(result);
	}

	private static String checksum(String content) {
		try {
			byte[] normalised = content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
