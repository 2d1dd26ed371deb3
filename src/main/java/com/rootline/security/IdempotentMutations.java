package com.rootline.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.ApiLimits;
import com.rootline.api.ErrorCode;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutations sent with an {@code Idempotency-Key} header run at most once per caller and key: the
 * first request claims the key in the graph before it runs, and stores its answer after; a retry
 * (a client whose request timed out, a proxy that resent it) gets the stored answer, not a second
 * write. The same key with another request, or while the first is still running, is refused with
 * IDEMPOTENCY_CONFLICT. An answer that wrote nothing (TIMEOUT, which the shorter transaction
 * timeout makes a rollback, or INTERNAL) releases the key so that the retry runs. Keys expire after
 * a day. If the service dies between the write's commit and storing the answer, the key stays
 * PENDING and retries are refused, never run twice: the caller has to look before resending.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class IdempotentMutations implements WebGraphQlInterceptor {

	static final String HEADER = "Idempotency-Key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final long staleSeconds;

	IdempotentMutations(Neo4jClient neo4j, CypherQueries queries, ApiLimits limits) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.staleSeconds = limits.requestTimeout().toSeconds() * 3;
	}

	private record Claim(String hash, String state, String response, boolean claimed, boolean stale) {
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String key = request.getHeaders().getFirst(HEADER);
		Optional<Caller> caller = Callers.current();
		if (key == null || caller.isEmpty() || !isMutation(request)) {
			return chain.next(request);
		}
		if (key.isBlank() || key.length() > 200) {
			return Mono.just(refused(request, ErrorCode.VALIDATION_FAILED,
					HEADER + ": 1 to 200 characters, unique for each change you mean to make"));
		}
		String scope = caller.get().id() + "\n" + key;
		String claimId = UUID.randomUUID().toString();
		Claim claim = neo4j.query(queries.get("security/idempotency-claim"))
			.bindAll(Statements.parameters(new Claiming(scope, hash(request), claimId, staleSeconds)))
			.fetchAs(Claim.class)
			.mappedBy((t, r) -> new Claim(r.get("hash").asString(), r.get("state").asString(),
					r.get("response").isNull() ? null : r.get("response").asString(), r.get("claimed").asBoolean(),
					r.get("stale").asBoolean()))
			.one()
			.orElseThrow();
		if (!claim.claimed()) {
			if (!claim.hash().equals(hash(request))) {
				return Mono.just(refused(request, ErrorCode.IDEMPOTENCY_CONFLICT,
						HEADER + ": this key was used for another request; use a new key for a new change"));
			}
			if (claim.state().equals("DONE")) {
				return Mono.just(replay(request, claim.response()));
			}
			return Mono.just(refused(request, ErrorCode.IDEMPOTENCY_CONFLICT, claim.stale()
					? HEADER + ": the first request with this key did not finish answering (the service stopped); "
							+ "check whether it took effect before sending the change again with a new key"
					: HEADER + ": the first request with this key is still running; retry in a moment"));
		}
		return chain.next(request).map(response -> {
			Map<String, Object> params = Map.of("scope", scope, "claim", claimId, "response",
					JSON.writeValueAsString(response.toMap()));
			boolean wroteNothing = response.getErrors().stream()
				.map(e -> String.valueOf(e.getExtensions() == null ? null : e.getExtensions().get("code")))
				.anyMatch(code -> code.equals("TIMEOUT") || code.equals("INTERNAL"));
			neo4j.query(queries.get(wroteNothing ? "security/idempotency-release" : "security/idempotency-done"))
				.bindAll(params)
				.run();
			return response;
		});
	}

	private static boolean isMutation(WebGraphQlRequest request) {
		try {
			Document document = Parser.parse(request.getDocument());
			return document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(o -> request.getOperationName() == null || request.getOperationName().equals(o.getName()))
				.anyMatch(o -> o.getOperation() == OperationDefinition.Operation.MUTATION);
		}
		catch (RuntimeException unparsable) {
			return false; // the engine refuses it with its own error
		}
	}

	private static String hash(WebGraphQlRequest request) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(request.getDocument().getBytes(StandardCharsets.UTF_8));
			sha.update(String.valueOf(request.getOperationName()).getBytes(StandardCharsets.UTF_8));
			sha.update(JSON.writeValueAsBytes(request.getVariables()));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static WebGraphQlResponse replay(WebGraphQlRequest request, String stored) {
		Map<String, Object> answer = JSON.readValue(stored, Map.class);
		List<GraphQLError> errors = new ArrayList<>();
		for (Object e : (List<Object>) answer.getOrDefault("errors", List.of())) {
			Map<String, Object> error = (Map<String, Object>) e;
			errors.add(GraphqlErrorBuilder.newError()
				.message(String.valueOf(error.get("message")))
				.extensions((Map<String, Object>) error.getOrDefault("extensions", Map.of()))
				.build());
		}
		ExecutionResult result = ExecutionResult.newExecutionResult().data(answer.get("data")).errors(errors).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, ErrorCode code, String message) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(code == ErrorCode.VALIDATION_FAILED ? ErrorType.BAD_REQUEST : code.classification())
			.extensions(Map.of("code", code.name()))
			.build();
		ExecutionResult result = ExecutionResult.newExecutionResult().errors(List.of(error)).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private record Claiming(String scope, String hash, String claim, long staleSeconds) {
	}

}
