package com.rootline.api;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers a request that outlives the request timeout with a GraphQL error coded TIMEOUT (no
 * data, so HTTP 400 under graphql-response+json) instead of an empty status. The Neo4j
 * transactions of the request have the same timeout (spring.transaction.default-timeout), so the
 * database stops the work as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TimeoutInterceptor implements WebGraphQlInterceptor {

	private final Duration timeout;

	TimeoutInterceptor(ApiLimits limits) {
		this.timeout = limits.requestTimeout();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> timedOut(request)));
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.message("The request took longer than " + timeout.toMillis() + " ms and was stopped")
				.errorType(ErrorCode.TIMEOUT.classification())
				.extensions(Map.of("code", ErrorCode.TIMEOUT.name()))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
