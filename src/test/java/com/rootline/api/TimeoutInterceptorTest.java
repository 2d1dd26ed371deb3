package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

class TimeoutInterceptorTest {

	private final ApiLimits limits = new ApiLimits(15, 25000, 100, 20, 30, 3000, 20000, Duration.ofMillis(50));

	private final WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"),
			new HttpHeaders(), null, null, Map.of(), Map.of("query", "{ me { name } }"), "1", Locale.ENGLISH);

	@Test
	void aRequestThatNeverFinishesGetsATypedTimeoutError() {
		var response = new TimeoutInterceptor(limits).intercept(request, r -> Mono.never()).block(Duration.ofSeconds(5));
		assertThat(response.getExecutionResult().isDataPresent()).isFalse();
		assertThat(response.getErrors()).hasSize(1);
		assertThat(response.getErrors().getFirst().getExtensions()).containsEntry("code", "TIMEOUT");
		assertThat(response.getErrors().getFirst().getMessage()).contains("50 ms");
	}

	@Test
	void aRequestWithinTheTimeoutIsUntouched() {
		var quick = new TimeoutInterceptor(limits).intercept(request,
				r -> new TimeoutInterceptor(new ApiLimits(15, 25000, 100, 20, 30, 3000, 20000, Duration.ofMillis(1)))
					.intercept(r, inner -> Mono.never()))
			.block(Duration.ofSeconds(5));
		assertThat(quick.getErrors().getFirst().getMessage()).as("the inner, shorter timeout answered first")
			.contains("1 ms");
	}

}
