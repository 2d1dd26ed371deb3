package com.rootline.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/** Resets the shared database between tests. */
public final class TestData {

	private TestData() {
	}

	/**
	 * Deletes everything but migration history (labels starting with "__") and reference data a
	 * migration seeded ({@code seeded: true}), which tests treat as read-only.
	 */
	public static void wipe(Driver driver) {
		try (var session = driver.session()) {
			session.run("""
					MATCH (n)
					WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND n.seeded IS NULL
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
					""").consume();
		}
	}

	public static void createRoleTokens(Driver driver, Map<String, String> tokensByRole) {
		List<Map<String, Object>> rows = tokensByRole.entrySet()
			.stream()
			.map(e -> Map.<String, Object>of("role", e.getKey(), "hash", sha256(e.getValue())))
			.toList();
		try (var session = driver.session()) {
			session.run("""
					UNWIND $rows AS row
					CREATE (:ApiToken {id: 'test-' + toLower(row.role), name: 'test ' + toLower(row.role),
					        hash: row.hash, roles: [row.role], createdAt: datetime(), createdBy: 'test'})
					""", Map.of("rows", rows)).consume();
		}
	}

	static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
