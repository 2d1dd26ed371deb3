package com.rootline.bench;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The load benchmark: the operations dashboards run all day, each through GraphQL over HTTP and as
 * the same Cypher through the Java driver, at concurrency 1, 4 and 16, interleaved, on the seeded
 * data of {@link BenchData}. Writes a markdown table to {@code target/benchmark/load-<size>.md}.
 * Not part of the default suite ({@link LoadBenchmarkSmokeTest} is):
 *
 * <pre>./mvnw test -Drootline.excludedGroups=none -Dgroups=benchmark -Dtest=LoadBenchmark -Drootline.bench.contacts=100000</pre>
 */
@Tag("benchmark")
// Heavy reports at a million contacts take longer than the service's 10 s request timeout. Tokens
// are cached as in production (the test profile turns that off).
@TestPropertySource(properties = { "rootline.limits.request-timeout=30s", "rootline.security.token-cache=10s" })
class LoadBenchmark extends LoadScenario {

	@Test
	void loadTable() throws IOException {
		int size = Integer.getInteger("rootline.bench.contacts", 100_000);
		int warmUp = Integer.getInteger("rootline.bench.warmup", 20_000);
		System.out.println(run(size, new LoadRunner.Plan(List.of(1, 4, 16), 1_500, 3, warmUp)));
	}

}
