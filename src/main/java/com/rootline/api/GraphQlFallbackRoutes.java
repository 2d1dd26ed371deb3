package com.rootline.api;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The answers Spring Boot's GraphQL routes do not give truthfully: another method than POST (or
 * GET) at {@code /graphql} is 405, not 404, and an Accept header that allows none of the types the
 * endpoint speaks is 406, not 415. Both predicates exclude every request Boot's routes serve.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlFallbackRoutes {

	private static final List<MediaType> SPOKEN = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.TEXT_EVENT_STREAM);

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlFallbacks() {
		RequestPredicate otherMethod = request -> !HttpMethod.POST.equals(request.method())
				&& !HttpMethod.GET.equals(request.method());
		return RouterFunctions.route()
			.route(RequestPredicates.path("/graphql").and(otherMethod), request -> refuse(request, HttpStatus.METHOD_NOT_ALLOWED))
			.route(RequestPredicates.path("/graphql")
				.and(request -> HttpMethod.POST.equals(request.method()))
				.and(request -> !acceptsAny(request)), request -> refuse(request, HttpStatus.NOT_ACCEPTABLE))
			.build();
	}

	private static boolean acceptsAny(ServerRequest request) {
		List<MediaType> accepted = request.headers().accept();
		return accepted.isEmpty() || accepted.stream().anyMatch(a -> SPOKEN.stream().anyMatch(a::isCompatibleWith));
	}

	private static ServerResponse refuse(ServerRequest request, HttpStatus status) {
		ServerResponse.BodyBuilder response = ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON);
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			response.header("Allow", "POST");
		}
		return response.body(HttpErrors.body("/graphql", HttpErrors.codeFor(status.value()),
				HttpErrors.messageFor(status.value()), null));
	}

}
