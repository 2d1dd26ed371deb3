package com.rootline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the JMH benchmarks of in-process pieces (classes named {@code *Jmh} in the test sources) in
 * a forked JVM and writes their table to {@code target/benchmark/jmh.md}. Run with
 * {@code ./mvnw test -Drootline.excludedGroups=none -Dgroups=benchmark -Dtest=JmhBenchmark};
 * {@code -Drootline.jmh.include=<regex>} picks benchmarks by name.
 */
@Tag("benchmark")
class JmhBenchmark {

	@Test
	void inProcessPieces() throws Exception {
		Options options = new OptionsBuilder()
			.include(System.getProperty("rootline.jmh.include", "com\\.rootline\\..*Jmh\\."))
			.forks(1)
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(2))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(2))
			.jvmArgsAppend("-Xmx3g", "-XX:+UseParallelGC")
			.build();
		Collection<RunResult> results = new Runner(options).run();
		assertThat(results).as("benchmarks run").isNotEmpty();

		List<String> lines = new ArrayList<>();
		lines.add("JMH " + Version.getPlainVersion() + ", 1 fork, 3 × 2 s warm-up, 5 × 2 s measured, "
				+ Runtime.getRuntime().availableProcessors() + " cores.");
		lines.add("");
		lines.add("| Benchmark | Parameters | Mean | ± 99.9% | Unit |");
		lines.add("|---|---|---|---|---|");
		for (RunResult run : results) {
			var params = run.getParams();
			String named = params.getParamsKeys()
				.stream()
				.map(k -> k + " = " + params.getParam(k))
				.collect(Collectors.joining(", "));
			var score = run.getPrimaryResult();
			String benchmark = params.getBenchmark();
			lines.add("| " + benchmark.substring("com.rootline.".length()) + " | " + named + " | "
					+ String.format(Locale.ROOT, "%,.2f", score.getScore()) + " | "
					+ String.format(Locale.ROOT, "%,.2f", score.getScoreError()) + " | " + score.getScoreUnit() + " |");
		}
		Path out = Path.of("target", "benchmark", "jmh.md");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
		System.out.println(String.join(System.lineSeparator(), lines));
	}

}
