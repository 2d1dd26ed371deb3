package com.rootline.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import com.rootline.graph.Retries;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/**
 * Every mutation field runs again, whole, when Neo4j aborts its write for a transient reason (a
 * deadlock, a lock timeout, a leader switch), with the back-off of {@link Retries}: one place, so a
 * mutation added later cannot forget it. A mutation's data fetcher is the controller method, which
 * opens and commits its own transaction, so each attempt is a fresh one. Business refusals are
 * payloads, not exceptions, and are never retried.
 */
@Component
class MutationRetries extends SimplePerformantInstrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		return env -> isMutationField(env) ? attempt(dataFetcher, env, 1) : dataFetcher.get(env);
	}

	private static boolean isMutationField(DataFetchingEnvironment env) {
		return env.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
				&& env.getExecutionStepInfo().getPath().getLevel() == 1;
	}

	/** Controller methods may answer at once or, run on an executor, with a future: both are retried. */
	static Object attempt(DataFetcher<?> fetcher, DataFetchingEnvironment env, int attempt) throws Exception {
		Object value;
		try {
			value = fetcher.get(env);
		}
		catch (Exception ex) {
			if (!again(ex, attempt)) {
				throw ex;
			}
			Thread.sleep(Retries.backOffMillis(attempt));
			return attempt(fetcher, env, attempt + 1);
		}
		if (!(value instanceof CompletionStage<?> stage)) {
			return value;
		}
		CompletableFuture<Object> future = stage.toCompletableFuture().thenApply(Object.class::cast);
		return future.exceptionallyCompose(failure -> {
			Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
					: failure;
			if (!again(cause, attempt)) {
				return CompletableFuture.failedFuture(cause);
			}
			return CompletableFuture
				.runAsync(() -> {
				}, CompletableFuture.delayedExecutor(Retries.backOffMillis(attempt), TimeUnit.MILLISECONDS))
				.thenCompose(ignored -> next(fetcher, env, attempt + 1));
		});
	}

	private static CompletableFuture<Object> next(DataFetcher<?> fetcher, DataFetchingEnvironment env, int attempt) {
		try {
			Object next = attempt(fetcher, env, attempt);
			return next instanceof CompletionStage<?> later ? later.toCompletableFuture().thenApply(Object.class::cast)
					: CompletableFuture.completedFuture(next);
		}
		catch (Exception ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static boolean again(Throwable failure, int attempt) {
		return attempt < Retries.ATTEMPTS && Retries.isTransientFailure(failure);
	}

}
