package com.rootline.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Errors of a subscription, raised when it starts or while it streams, with the same codes as
 * {@link ExceptionResolver} gives a query: a stream ends with one coded error event.
 */
@Component
class StreamExceptionResolver extends SubscriptionExceptionResolverAdapter {

	StreamExceptionResolver() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		return ExceptionResolver.resolve(ex, GraphqlErrorBuilder::newError, "this subscription", "a subscription");
	}

}
