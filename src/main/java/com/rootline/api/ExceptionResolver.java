package com.rootline.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.rootline.graph.Retries;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns every exception of a data fetcher into a GraphQL error with a stable code. Unexpected
 * exceptions are logged with an id and answered with that id only: no stack trace, class name or
 * Cypher ever reaches a client.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ExceptionResolver.class);

	ExceptionResolver() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		return resolve(ex, () -> GraphqlErrorBuilder.newError(env), env.getField().getName(),
				env.getExecutionStepInfo().getPath());
	}

	/**
	 * The error for an exception; shared with {@link StreamExceptionResolver} so that a
	 * subscription fails with the same codes as a query.
	 */
	static GraphQLError resolve(Throwable ex, Supplier<GraphqlErrorBuilder<?>> newError, String field, Object where) {
		if (ex instanceof ApiException api) {
			return error(newError, api.code(), api.getMessage());
		}
		if (ex instanceof UserErrorsException invalid) {
			// A query has no payload for user errors: the same field paths and codes go in the error.
			UserError first = invalid.errors().getFirst();
			List<Map<String, Object>> problems = invalid.errors()
				.stream()
				.map(e -> Map.<String, Object>of("field", e.field(), "code", e.code(), "message", e.message()))
				.toList();
			return newError.get()
				.message(String.join(".", first.field()) + ": " + first.message())
				.errorType(ErrorCode.VALIDATION_FAILED.classification())
				.extensions(Map.of("code", ErrorCode.VALIDATION_FAILED.name(), "userErrors", problems))
				.build();
		}
		if (ex instanceof AccessDeniedException) {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (auth == null || auth instanceof AnonymousAuthenticationToken) {
				return error(newError, ErrorCode.UNAUTHENTICATED, "Authentication is required");
			}
			return error(newError, ErrorCode.FORBIDDEN, "Your roles do not allow " + field);
		}
		if (ex instanceof AuthenticationException) {
			return error(newError, ErrorCode.UNAUTHENTICATED, "Authentication is required");
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return error(newError, ErrorCode.VERSION_CONFLICT, "The record was changed by someone else; reload and retry");
		}
		if (isTimeout(ex)) {
			return error(newError, ErrorCode.TIMEOUT, "The request took longer than the configured timeout and was stopped");
		}
		String id = UUID.randomUUID().toString();
		log.error("Internal error {} in {}", id, where, ex);
		return error(newError, ErrorCode.INTERNAL, "Internal error " + id + "; the details are in the service log");
	}

	/**
	 * The request's own timeout (graphql-java aborts what was still running when the answer,
	 * TIMEOUT, was already given: see TimeoutInterceptor) or the database's.
	 */
	private static boolean isTimeout(Throwable ex) {
		return ex instanceof graphql.execution.AbortExecutionException || Retries.isTimeout(ex);
	}

	private static GraphQLError error(Supplier<GraphqlErrorBuilder<?>> newError, ErrorCode code, String message) {
		return newError.get()
			.message(message)
			.errorType(code.classification())
			.extensions(Map.of("code", code.name()))
			.build();
	}

}
