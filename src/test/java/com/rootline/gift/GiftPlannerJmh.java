package com.rootline.gift;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory half of a gift plan, scoring and allocation, on a generated forest without the
 * database read: what a plan for a past date or a saved plan does after reading every client.
 * The forest has the benchmark's shape: 35% roots, the rest referred by preferential attachment,
 * one closed deal per four contacts; a $5,000 budget, default weights and tiers. Run through {@code com.rootline.bench.JmhBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GiftPlannerJmh {

	@Param({ "100000", "1000000" })
	int contacts;

	private List<GiftPlanner.Member> members;

	private List<GiftPlanner.ClosedDeal> deals;

	private GiftPlanner.Settings settings;

	@Setup
	public void forest() {
		Random random = new Random(42);
		LocalDate today = LocalDate.of(2026, 11, 1);
		Instant midnight = today.atStartOfDay(ZoneOffset.UTC).toInstant();
		members = new ArrayList<>(contacts);
		// Every contact appears once, and once more per referral it made: picking from this list
		// is preferential attachment.
		List<String> attachment = new ArrayList<>();
		for (int i = 0; i < contacts; i++) {
			String id = "c" + i;
			String parent = random.nextDouble() < 0.35 || attachment.isEmpty() ? null
					: attachment.get(random.nextInt(attachment.size()));
			attachment.add(id);
			if (parent != null) {
				attachment.add(parent);
			}
			members.add(new GiftPlanner.Member(id, parent, null, false, false, today,
					midnight.minusSeconds(contacts - i), "F" + i, "L" + i, null, List.of()));
		}
		deals = new ArrayList<>(contacts / 4);
		for (int i = 0; i < contacts / 4; i++) {
			deals.add(new GiftPlanner.ClosedDeal(500_000, List.of("c" + random.nextInt(contacts))));
		}
		List<GiftTier> tiers = List.of(new GiftTier("Premium", "p", null, 15000, null, 0.05),
				new GiftTier("Flowers", "f", null, 4000, null, 0.2), new GiftTier("Card", "c", null, 500, 0.25, null),
				new GiftTier("E-mail", "e", null, 0, null, null));
		settings = new GiftPlanner.Settings(500_000, today, GiftPlans.DEFAULT_LEVEL_WEIGHTS,
				GiftPlans.DEFAULT_REVENUE_WEIGHT, tiers, false, 24, true, 2);
	}

	@Benchmark
	public GiftPlanner.Plan plan() {
		return GiftPlanner.plan(members, deals, settings);
	}

}
