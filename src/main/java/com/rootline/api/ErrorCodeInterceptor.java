package com.rootline.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.ParserOptions;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Applies the parser's token limits to each request and gives the errors graphql-java raises
 * itself (syntax, validation, variable coercion) the same stable {@code extensions.code} that
 * data-fetcher errors carry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	private final ParserOptions parserOptions;

	ErrorCodeInterceptor(ApiLimits limits) {
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform(b -> b.maxTokens(limits.maxTokens()).maxCharacters(limits.maxQueryCharacters()));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(ParserOptions.class, parserOptions))
			.build());
		return chain.next(request).map(response -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.isEmpty() || errors.stream().allMatch(ErrorCodeInterceptor::hasCode)) {
				return response;
			}
			return response.transform(b -> b.errors(errors.stream().map(ErrorCodeInterceptor::withCode).toList()));
		});
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("code");
	}

	private static GraphQLError withCode(GraphQLError error) {
		if (hasCode(error)) {
			return error;
		}
		ErrorCode code = codeOf(error);
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put("code", code.name());
		return GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType() != null ? error.getErrorType() : code.classification())
			.extensions(extensions)
			.build();
	}

	private static ErrorCode codeOf(GraphQLError error) {
		String message = error.getMessage() == null ? "" : error.getMessage();
		if (message.contains("parsing has been cancelled")
				|| error instanceof graphql.introspection.GoodFaithIntrospection.BadFaithIntrospectionError) {
			return ErrorCode.LIMIT_EXCEEDED;
		}
		if (error.getErrorType() instanceof ErrorType type) {
			return switch (type) {
				case InvalidSyntax, ValidationError, OperationNotSupported -> ErrorCode.VALIDATION_FAILED;
				case DataFetchingException, NullValueInNonNullableField, ExecutionAborted -> ErrorCode.INTERNAL;
			};
		}
		if (error.getErrorType() instanceof org.springframework.graphql.execution.ErrorType type) {
			return switch (type) {
				case BAD_REQUEST -> ErrorCode.VALIDATION_FAILED;
				case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
				case FORBIDDEN -> ErrorCode.FORBIDDEN;
				case NOT_FOUND -> ErrorCode.NOT_FOUND;
				case INTERNAL_ERROR -> ErrorCode.INTERNAL;
			};
		}
		return ErrorCode.INTERNAL;
	}

}
