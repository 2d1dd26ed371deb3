package com.rootline.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLArgument;
import org.springframework.stereotype.Component;

/**
 * Measures the validated operation (with its variables) before any field is fetched and aborts it
 * if it is too deep, too complex, asks for too large a page or uses too many aliases.
 * Introspection fields are left to graphql-java's own introspection safeguards.
 */
@Component
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final ApiLimits limits;

	QueryLimitsInstrumentation(ApiLimits limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		Measure measure = new Measure();
		QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build()
			.visitPreOrder(measure);
		List<GraphQLError> errors = measure.violations();
		if (!errors.isEmpty()) {
			throw new AbortExecutionException(errors);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private final class Measure extends QueryVisitorStub {

		int maxDepth;

		long complexity;

		int aliases;

		Integer tooLargePage;

		String tooLargePageField;

		@Override
		public void visitField(QueryVisitorFieldEnvironment env) {
			if (isIntrospection(env)) {
				return;
			}
			int depth = 1;
			long multiplier = 1;
			for (QueryVisitorFieldEnvironment p = env.getParentEnvironment(); p != null; p = p.getParentEnvironment()) {
				depth++;
				multiplier = Math.min(multiplier * pageSize(p), Long.MAX_VALUE / 1000);
			}
			maxDepth = Math.max(maxDepth, depth);
			complexity = Math.min(complexity + multiplier, Long.MAX_VALUE / 2);
			if (env.getField().getAlias() != null) {
				aliases++;
			}
			Object first = env.getArguments().get("first");
			if (first instanceof Integer size && size > limits.maxPageSize() && tooLargePage == null) {
				tooLargePage = size;
				tooLargePageField = env.getField().getResultKey();
			}
		}

		private boolean isIntrospection(QueryVisitorFieldEnvironment env) {
			for (QueryVisitorFieldEnvironment e = env; e != null; e = e.getParentEnvironment()) {
				if (e.getField().getName().startsWith("__")) {
					return true;
				}
			}
			return false;
		}

		private long pageSize(QueryVisitorFieldEnvironment env) {
			GraphQLArgument first = env.getFieldDefinition().getArgument("first");
			if (first == null) {
				return 1;
			}
			Object value = env.getArguments().get("first");
			return (value instanceof Integer size) ? Math.max(size, 1) : limits.defaultPageSize();
		}

		List<GraphQLError> violations() {
			List<GraphQLError> errors = new ArrayList<>();
			if (maxDepth > limits.maxDepth()) {
				errors.add(error("Query depth " + maxDepth + " is above the maximum of " + limits.maxDepth(), "depth",
						maxDepth, limits.maxDepth()));
			}
			if (complexity > limits.maxComplexity()) {
				errors.add(error("Query complexity " + complexity + " is above the maximum of " + limits.maxComplexity()
						+ "; ask for smaller pages or fewer nested lists", "complexity", complexity,
						limits.maxComplexity()));
			}
			if (aliases > limits.maxAliases()) {
				errors.add(error("The query uses " + aliases + " aliases; at most " + limits.maxAliases() + " are allowed",
						"aliases", aliases, limits.maxAliases()));
			}
			if (tooLargePage != null) {
				errors.add(error(tooLargePageField + "(first: " + tooLargePage + ") is above the maximum page size of "
						+ limits.maxPageSize(), "pageSize", tooLargePage, limits.maxPageSize()));
			}
			return errors;
		}

		private GraphQLError error(String message, String limit, long actual, long maximum) {
			return GraphqlErrorBuilder.newError()
				.message(message)
				.errorType(ErrorCode.LIMIT_EXCEEDED.classification())
				.extensions(Map.of("code", ErrorCode.LIMIT_EXCEEDED.name(), "limit", limit, "actual", actual, "maximum",
						maximum))
				.build();
		}

	}

}
