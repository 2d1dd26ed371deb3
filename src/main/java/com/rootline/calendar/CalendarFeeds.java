package com.rootline.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret calendar URLs. The secret is 256 random bits, shown once; the graph keeps only its
 * SHA-256, so a copy of the database does not open anyone's calendar.
 */
@Service
class CalendarFeeds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Statements statements;

	CalendarFeeds(Statements statements) {
		this.statements = statements;
	}

	record CalendarFeed(String id, String agentId, String name, ZonedDateTime createdAt, String createdBy,
			ZonedDateTime lastReadAt) {
	}

	private record NewFeed(String agentId, String id, String hash, String name, String by) {
	}

	private record Id(String id) {
	}

	private record Agent(String agentId) {
	}

	private record Hash(String hash) {
	}

	record Created(CalendarFeed feed, String secret) {
	}

	@Transactional
	Created create(String agentId, String name) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		NewFeed created = new NewFeed(agentId, UUID.randomUUID().toString(), hash(secret),
				name == null || name.isBlank() ? "Rootline" : name.strip(), Callers.currentName());
		CalendarFeed feed = statements.one("calendar/create-feed", created, CalendarFeed.class)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No team agent " + agentId, "agentId")));
		return new Created(feed, secret);
	}

	@Transactional
	String revoke(String id) {
		return statements.one("calendar/revoke-feed", new Id(id == null ? "" : id), Id.class)
			.map(Id::id)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No calendar feed " + id, "id")));
	}

	@Transactional(readOnly = true)
	List<CalendarFeed> list(String agentId) {
		return statements.all("calendar/feeds", new Agent(agentId), CalendarFeed.class);
	}

	@Transactional(readOnly = true)
	Optional<CalendarFeed> find(String id) {
		return statements.one("calendar/feed", new Id(id == null ? "" : id), CalendarFeed.class);
	}

	/** The agent whose feed this secret opens, if it is a live one. */
	@Transactional
	Optional<String> agentOf(String secret) {
		if (secret == null || secret.length() < 40 || secret.length() > 64) {
			return Optional.empty();
		}
		return statements.one("calendar/feed-by-hash", new Hash(hash(secret)), Agent.class).map(Agent::agentId);
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
