package com.rootline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an operation's GraphQL request through wrk, a load generator in a process of its own, as a
 * check on the in-process HTTP client of {@link LoadRunner}. That client shares the JVM and the two
 * cores with the service; wrk shares only the cores, so the JVM's CPU time is all the service's
 * (and Neo4j's). Needs {@code wrk} on the PATH (Debian: {@code apt-get install wrk}); without it
 * the benchmark says so and goes on.
 */
final class WrkRun {

	/**
	 * One GraphQL request of an operation, the same for wrk and the in-process client: fixed variables,
	 * plus {@code id} set to a random contact {@code b0 … b(randomIds - 1)} when {@code randomIds > 0}.
	 * A response counts as failed unless it is a 200 with no GraphQL error that contains {@code marker}.
	 */
	record Request(String query, Map<String, Object> variables, int randomIds, String marker) {

		Map<String, Object> variables(Random random) {
			if (randomIds == 0) {
				return variables;
			}
			Map<String, Object> all = new HashMap<>(variables);
			all.put("id", "b" + random.nextInt(randomIds));
			return all;
		}

		/** A Lua expression for the request body. */
		private String luaBody() {
			Map<String, Object> all = new HashMap<>(variables);
			if (randomIds > 0) {
				all.put("id", ID);
			}
			String json = JSON.writeValueAsString(Map.of("query", query, "variables", all));
			if (json.contains("]==]")) {
				throw new IllegalArgumentException("The body cannot be a Lua long string: " + json);
			}
			if (randomIds == 0) {
				return "[==[" + json + "]==]";
			}
			int at = json.indexOf(ID);
			return "[==[" + json.substring(0, at) + "]==] .. 'b' .. math.random(0, " + (randomIds - 1) + ") .. [==["
					+ json.substring(at + ID.length()) + "]==]";
		}

	}

	/** One concurrency: medians over the rounds. */
	record Figures(int concurrency, double p50, double p99, double throughput, double cpuMsPerRequest, long requests,
			long failures) {
	}

	private static final String ID = "@RANDOM-ID@";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern COUNT = Pattern.compile("(\\d+) requests in");

	private static final Pattern SUMMARY = Pattern.compile("ROOTLINE failed=(\\d+) p50=(\\d+) p99=(\\d+)");

	private final Path wrk;

	private final int port;

	private final String token;

	private WrkRun(Path wrk, int port, String token) {
		this.wrk = wrk;
		this.port = port;
		this.token = token;
	}

	/** The runner, if wrk is installed. */
	static Optional<WrkRun> find(int port, String token) {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
			.map(dir -> Path.of(dir, "wrk"))
			.filter(Files::isExecutable)
			.findFirst()
			.map(path -> new WrkRun(path, port, token));
	}

	/** The request at each concurrency, {@code rounds} runs each; medians. */
	List<Figures> measure(Request request, List<Integer> concurrencies, long runMillis, int rounds)
			throws IOException, InterruptedException {
		Path script = Files.createTempFile("rootline-wrk", ".lua");
		try {
			Files.writeString(script, """
					local threads = {}
					function setup(thread) table.insert(threads, thread); thread:set("number", #threads) end
					function init(args) failed = 0; math.randomseed(1000 + number) end
					request = function()
					  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json",
					    ["Authorization"] = "Bearer %s"}, %s)
					end
					response = function(status, headers, body)
					  if status ~= 200 or body:find('"errors"', 1, true) or not body:find(%s, 1, true) then
					    failed = failed + 1
					  end
					end
					function done(summary, latency, requests)
					  local total = 0
					  for _, t in ipairs(threads) do total = total + t:get("failed") end
					  io.write(string.format("ROOTLINE failed=%%d p50=%%d p99=%%d\\n", total,
					    latency:percentile(50), latency:percentile(99)))
					end
					""".formatted(token, request.luaBody(), "[==[" + request.marker() + "]==]"), StandardCharsets.UTF_8);
			List<Figures> result = new ArrayList<>();
			for (int concurrency : concurrencies) {
				List<Figures> each = new ArrayList<>();
				for (int round = 0; round < rounds; round++) {
					each.add(run(script, concurrency, runMillis));
				}
				result.add(median(each));
			}
			return result;
		}
		finally {
			Files.deleteIfExists(script);
		}
	}

	private Figures run(Path script, int concurrency, long runMillis) throws IOException, InterruptedException {
		List<String> command = List.of(wrk.toString(), "-t" + Math.min(2, concurrency), "-c" + concurrency,
				"-d" + Math.max(1, runMillis / 1000) + "s", "--timeout", "10s", "-s", script.toString(),
				"http://127.0.0.1:" + port + "/graphql");
		long cpu0 = processCpu();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(runMillis + 30_000, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("wrk failed: " + out);
		}
		long cpu = processCpu() - cpu0;
		long requests = Long.parseLong(find(COUNT, out));
		Matcher summary = SUMMARY.matcher(out);
		if (!summary.find()) {
			throw new IllegalStateException("No summary from the wrk script: " + out);
		}
		return new Figures(concurrency, Long.parseLong(summary.group(2)) / 1e3, Long.parseLong(summary.group(3)) / 1e3,
				Double.parseDouble(find(RATE, out)), requests == 0 ? 0 : cpu / 1e6 / requests, requests,
				Long.parseLong(summary.group(1)));
	}

	private static String find(Pattern pattern, String out) {
		Matcher m = pattern.matcher(out);
		if (!m.find()) {
			throw new IllegalStateException("Unexpected wrk output: " + out);
		}
		return m.group(1);
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static Figures median(List<Figures> rounds) {
		return new Figures(rounds.getFirst().concurrency(), median(rounds, Figures::p50), median(rounds, Figures::p99),
				median(rounds, Figures::throughput), median(rounds, Figures::cpuMsPerRequest),
				rounds.stream().mapToLong(Figures::requests).sum(), rounds.stream().mapToLong(Figures::failures).sum());
	}

	private static double median(List<Figures> rounds, ToDoubleFunction<Figures> value) {
		double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
		return values[values.length / 2];
	}

}
