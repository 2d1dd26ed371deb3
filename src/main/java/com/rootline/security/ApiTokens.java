package com.rootline.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.rootline.api.Problems;
import com.rootline.api.UserErrorCode;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issues, checks and revokes API tokens. Only a SHA-256 hash of a token is stored: tokens are 256
 * random bits, so a fast hash is as safe as a slow one and keeps every request's check cheap. The
 * secret is shown once, when the token is created.
 * <p>
 * A live token, once checked, is trusted for {@code rootline.security.token-cache} (10 s by
 * default) without asking the graph again: the lookup was a database round trip on every request.
 * A revocation takes effect at once on the instance that revokes, and within that time on the
 * others. Unknown and revoked secrets are never remembered.
 */
@Service
class ApiTokens {

	static final String PREFIX = "rl_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final Statements statements;

	private final long trustNanos;

	/** Live tokens checked recently, by the hash of their secret. */
	private final Map<String, Checked> checked = new ConcurrentHashMap<>();

	/** Revocations so far: a check that started before one must not put its answer in the cache. */
	private final AtomicLong revocations = new AtomicLong();

	/** More than any real deployment has live tokens: the cache is cleared rather than grown past it. */
	static final int MAX_CHECKED = 10_000;

	ApiTokens(Neo4jClient neo4j, CypherQueries queries, Statements statements,
			@Value("${rootline.security.token-cache:10s}") Duration trustFor) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.statements = statements;
		this.trustNanos = trustFor.toNanos();
	}

	private record Checked(Caller caller, long until) {
	}

	record Issued(TokenInfo token, String secret) {
	}

	record TokenInfo(String id, String name, List<Role> roles, String agentId, ZonedDateTime createdAt,
			ZonedDateTime lastUsedAt, ZonedDateTime revokedAt, String createdBy) {
	}

	/** A statement's row with a token node's properties in its {@code token} column. */
	private record Stored(TokenInfo token) {
	}

	private record NewToken(String id, String name, String hash, List<Role> roles, String agentId, String createdBy) {
	}

	private record Revoke(String id, String revokedBy) {
	}

	private record AgentId(String agentId) {
	}

	private record Exists(boolean exists) {
	}

	@Transactional
	Issued create(String name, Set<Role> roles, String agentId, String secret, String createdBy) {
		Problems problems = new Problems();
		if (name == null || name.isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "A token needs a name", "name");
		}
		problems.maxLength(name, 100, "name");
		if (roles == null || roles.isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "A token needs at least one role", "roles");
		}
		if (agentId != null && !teamAgentExists(agentId)) {
			problems.add(UserErrorCode.NOT_FOUND, "No team agent " + agentId, "agentId");
		}
		problems.throwIfAny();
		String value = secret != null ? secret : newSecret();
		NewToken token = new NewToken(UUID.randomUUID().toString(), name.strip(), hash(value),
				List.copyOf(EnumSet.copyOf(roles)), agentId, createdBy);
		TokenInfo info = statements.one("security/create-token", token, Stored.class).orElseThrow().token();
		return new Issued(info, value);
	}

	private boolean teamAgentExists(String agentId) {
		return statements.one("security/team-agent-exists", new AgentId(agentId), Exists.class)
			.map(Exists::exists)
			.orElse(false);
	}

	@Transactional
	Optional<TokenInfo> revoke(String id, String revokedBy) {
		Optional<TokenInfo> revoked = statements.one("security/revoke-token", new Revoke(id, revokedBy), Stored.class)
			.map(Stored::token);
		// Forgotten after the commit too: a request checked between now and then still saw it live.
		forget(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget(id);
				}
			});
		}
		return revoked;
	}

	private void forget(String tokenId) {
		revocations.incrementAndGet();
		checked.values().removeIf(c -> c.caller().id().equals(tokenId));
	}

	@Transactional(readOnly = true)
	List<TokenInfo> list() {
		return statements.all("security/list-tokens", Stored.class).stream().map(Stored::token).toList();
	}

	/** The caller a presented secret belongs to, if it is a live token. */
	Optional<Caller> authenticate(String secret) {
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		String hash = hash(secret);
		long now = System.nanoTime();
		Checked recent = checked.get(hash);
		if (recent != null && now - recent.until() < 0) {
			return Optional.of(recent.caller());
		}
		long revokedBefore = revocations.get();
		record Found(Caller caller, boolean stale) {
		}
		Optional<Found> found = neo4j.query(queries.get("security/token-by-hash"))
			.bind(hash)
			.to("hash")
			.fetchAs(Found.class)
			.mappedBy((types, r) -> new Found(new Caller(r.get("id").asString(), r.get("name").asString(),
					roles(r.get("roles").asList(v -> v.asString())), r.get("agentId").asString(null), "token"),
					r.get("stale").asBoolean()))
			.one();
		if (found.isPresent() && trustNanos > 0 && revocations.get() == revokedBefore) {
			if (checked.size() >= MAX_CHECKED) {
				checked.clear();
			}
			checked.put(hash, new Checked(found.get().caller(), now + trustNanos));
		}
		else {
			checked.remove(hash);
		}
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
