package com.rootline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The load benchmark on 1,000 contacts for a fraction of a second per run, in the default suite,
 * so that a changed schema or query name breaks the build rather than the next real benchmark.
 */
class LoadBenchmarkSmokeTest extends LoadScenario {

	@Autowired
	private MeterRegistry meters;

	@Test
	void everyOperationRunsThroughGraphQlAndCypher() throws java.io.IOException {
		double countedFromIndexes = meters.counter("rootline.gift.counts.from-indexes").count();
		String table = run(1_000, new LoadRunner.Plan(List.of(1, 4), 50, 1, 2, true));
		// The raw Cypher writes keep the touch counts as the service does, so today's gift plan is
		// measured on the path a real deployment takes.
		assertThat(meters.counter("rootline.gift.counts.from-indexes").count()).as("plans counted from the indexes")
			.isEqualTo(countedFromIndexes);
		List<String> rows = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Operation")).toList();
		assertThat(rows).anyMatch(r -> r.startsWith("| get contact | 4 |"))
			.anyMatch(r -> r.startsWith("| update contact"))
			.anyMatch(r -> r.startsWith("| create contact + record referral"))
			.anyMatch(r -> r.startsWith("| descendants + per-level counts"))
			.anyMatch(r -> r.startsWith("| tree page of 100"))
			.anyMatch(r -> r.startsWith("| ancestry of the deepest leaf"))
			.anyMatch(r -> r.startsWith("| channel ROI"))
			.anyMatch(r -> r.startsWith("| contacts list by LAST_CONTACTED_AT, a page in the middle"))
			.anyMatch(r -> r.startsWith("| contacts list filtered by custom field"))
			.anyMatch(r -> r.startsWith("| contacts totalCount, group"))
			.anyMatch(r -> r.startsWith("| deals list, first page"))
			.anyMatch(r -> r.startsWith("| gift plan for today over all clients") && r.contains(" | 4 | "))
			.anyMatch(r -> r.startsWith("| gift plan as of yesterday") && r.contains(" | 1 | "))
			.anyMatch(r -> r.startsWith("| today: call list") && r.contains(" | 4 | "))
			.anyMatch(r -> r.startsWith("| today: upcomingDates"))
			.anyMatch(r -> r.startsWith("| calendar feed of that agent"))
			.anyMatch(r -> r.startsWith("| enrol {group: \"Past Clients\"} in 33 Touch | 100 | 3,300 |"));
	}

}
