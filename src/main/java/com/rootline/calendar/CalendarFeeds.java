package com.rootline.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import com.rootline.security.Callers;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret calendar URLs. The secret is 256 random bits, shown once; the graph keeps only its
 * SHA-256, so a copy of the database does not open anyone's calendar.
 */
@Service
class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	CalendarFeeds(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	record CalendarFeed(String id, String agentId, String name, ZonedDateTime createdAt, String createdBy,
			ZonedDateTime lastReadAt) {

		static CalendarFeed of(Map<String, Object> m) {
			return new CalendarFeed((String) m.get("id"), (String) m.get("agentId"), (String) m.get("name"),
					(ZonedDateTime) m.get("createdAt"), (String) m.get("createdBy"), (ZonedDateTime) m.get("lastReadAt"));
		}

	}

	record Created(CalendarFeed feed, String secret) {
	}

	@Transactional
	Created create(String agentId, String name) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Map<String, Object> params = new HashMap<>();
		params.put("agentId", agentId);
		params.put("id", UUID.randomUUID().toString());
		params.put("hash", hash(secret));
		params.put("name", name == null || name.isBlank() ? "Rootline" : name.strip());
		params.put("by", Callers.currentName());
		CalendarFeed feed = neo4j.query(queries.get("calendar/create-feed"))
			.bindAll(params)
			.fetchAs(CalendarFeed.class)
			.mappedBy((t, r) -> CalendarFeed.of(r.get("feed").asMap()))
			.one()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No team agent " + agentId, "agentId")));
		return new Created(feed, secret);
	}

	@Transactional
	String revoke(String id) {
		return neo4j.query(queries.get("calendar/revoke-feed"))
			.bind(id == null ? "" : id)
			.to("id")
			.fetchAs(String.class)
			.one()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No calendar feed " + id, "id")));
	}

	@Transactional(readOnly = true)
	List<CalendarFeed> list(String agentId) {
		Map<String, Object> params = new HashMap<>();
		params.put("agentId", agentId);
		return List.copyOf(neo4j.query(queries.get("calendar/feeds"))
			.bindAll(params)
			.fetchAs(CalendarFeed.class)
			.mappedBy((t, r) -> CalendarFeed.of(r.get("feed").asMap()))
			.all());
	}

	@Transactional(readOnly = true)
	Optional<CalendarFeed> find(String id) {
		return neo4j.query(queries.get("calendar/feed"))
			.bind(id == null ? "" : id)
			.to("id")
			.fetchAs(CalendarFeed.class)
			.mappedBy((t, r) -> CalendarFeed.of(r.get("feed").asMap()))
			.one();
	}

	/** The agent whose feed this secret opens, if it is a live one. */
	@Transactional
	Optional<String> agentOf(String secret) {
		if (secret == null || secret.length() < 40 || secret.length() > 64) {
			return Optional.empty();
		}
		return neo4j.query(queries.get("calendar/feed-by-hash")).bind(hash(secret)).to("hash").fetchAs(String.class).one();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
