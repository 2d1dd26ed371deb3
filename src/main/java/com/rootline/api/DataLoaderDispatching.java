package com.rootline.api;

import graphql.execution.instrumentation.dataloader.DataLoaderDispatchingContextKeys;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Dispatches a request's DataLoaders when its execution has nothing left to do but wait for them,
 * instead of level by level of the query. Level by level, a nested field whose parent completed
 * early could start the next level's batch with only part of its keys, so a list page read one
 * batch in two statements or one depending on timing ({@code QueryCountTest} saw both).
 */
@Component
class DataLoaderDispatching implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput((input, builder) -> {
			DataLoaderDispatchingContextKeys.setEnableDataLoaderExhaustedDispatching(input.getGraphQLContext(), true);
			return input;
		});
		return chain.next(request);
	}

}
