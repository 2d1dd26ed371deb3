package com.rootline.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API tokens. Only a SHA-256 hash of a token is stored: tokens are 256
 * random bits, so a fast hash is as safe as a slow one and keeps every request's check cheap. The
 * secret is shown once, when the token is created.
 */
@Service
class ApiTokens {

	static final String PREFIX = "rl_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	ApiTokens(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	record Issued(TokenInfo token, String secret) {
	}

	record TokenInfo(String id, String name, List<Role> roles, String agentId, ZonedDateTime createdAt,
			ZonedDateTime lastUsedAt, ZonedDateTime revokedAt, String createdBy) {

		@SuppressWarnings("unchecked")
		static TokenInfo of(Map<String, Object> map) {
			List<String> roles = (List<String>) map.getOrDefault("roles", List.of());
			return new TokenInfo((String) map.get("id"), (String) map.get("name"),
					roles.stream().map(Role::valueOf).toList(), (String) map.get("agentId"),
					(ZonedDateTime) map.get("createdAt"), (ZonedDateTime) map.get("lastUsedAt"),
					(ZonedDateTime) map.get("revokedAt"), (String) map.get("createdBy"));
		}

	}

	@Transactional
	Issued create(String name, Set<Role> roles, String agentId, String secret, String createdBy) {
		Problems problems = new Problems();
		if (name == null || name.isBlank()) {
			problems.add("REQUIRED", "A token needs a name", "name");
		}
		problems.maxLength(name, 100, "name");
		if (roles == null || roles.isEmpty()) {
			problems.add("REQUIRED", "A token needs at least one role", "roles");
		}
		if (agentId != null && !teamAgentExists(agentId)) {
			problems.add("NOT_FOUND", "No team agent " + agentId, "agentId");
		}
		problems.throwIfAny();
		String value = secret != null ? secret : newSecret();
		Map<String, Object> params = new HashMap<>();
		params.put("id", UUID.randomUUID().toString());
		params.put("name", name.strip());
		params.put("hash", hash(value));
		params.put("roles", EnumSet.copyOf(roles).stream().map(Role::name).toList());
		params.put("agentId", agentId);
		params.put("createdBy", createdBy);
		TokenInfo info = neo4j.query(queries.get("security/create-token"))
			.bindAll(params)
			.fetchAs(TokenInfo.class)
			.mappedBy((types, record) -> TokenInfo.of(record.get("token").asMap()))
			.one()
			.orElseThrow();
		return new Issued(info, value);
	}

	private boolean teamAgentExists(String agentId) {
		return neo4j.query(queries.get("security/team-agent-exists"))
			.bind(agentId)
			.to("agentId")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	@Transactional
	Optional<TokenInfo> revoke(String id, String revokedBy) {
		return neo4j.query(queries.get("security/revoke-token"))
			.bindAll(Map.of("id", id, "revokedBy", revokedBy))
			.fetchAs(TokenInfo.class)
			.mappedBy((types, record) -> TokenInfo.of(record.get("token").asMap()))
			.one();
	}

	@Transactional(readOnly = true)
	List<TokenInfo> list() {
		return List.copyOf(neo4j.query(queries.get("security/list-tokens"))
			.fetchAs(TokenInfo.class)
			.mappedBy((types, record) -> TokenInfo.of(record.get("token").asMap()))
			.all());
	}

	/** The caller a presented secret belongs to, if it is a live token. */
	Optional<Caller> authenticate(String secret) {
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		record Found(Caller caller, boolean stale) {
		}
		Optional<Found> found = neo4j.query(queries.get("security/token-by-hash"))
			.bind(hash(secret))
			.to("hash")
			.fetchAs(Found.class)
			.mappedBy((types, r) -> new Found(new Caller(r.get("id").asString(), r.get("name").asString(),
					roles(r.get("roles").asList(v -> v.asString())), r.get("agentId").asString(null), "token"),
					r.get("stale").asBoolean()))
			.one();
		// lastUsedAt is bookkeeping: it is written at most once a minute and off the request's path.
		found.filter(Found::stale)
			.ifPresent(f -> Thread.ofVirtual()
				.start(() -> neo4j.query(queries.get("security/touch-token")).bind(f.caller().id()).to("id").run()));
		return found.map(Found::caller);
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<Role> roles(List<String> names) {
		EnumSet<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach(n -> Role.fromClaim(n).ifPresent(roles::add));
		return roles;
	}

}
