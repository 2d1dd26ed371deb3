package com.rootline.gift;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The in-memory half of a gift plan (scoring and allocation) on a generated forest, without the
 * database read. Run with
 * {@code ./mvnw test -Drootline.excludedGroups=none -Dgroups=benchmark -Dtest=GiftPlannerBenchmark -Drootline.bench.contacts=1000000}.
 */
@Tag("benchmark")
class GiftPlannerBenchmark {

	@Test
	void planOverAForest() {
		int contacts = Integer.getInteger("rootline.bench.contacts", 100_000);
		List<GiftPlanner.Member> members = new java.util.ArrayList<>(contacts);
		java.util.Random random = new java.util.Random(42);
		java.util.List<String> attachment = new java.util.ArrayList<>();
		java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 1);
		for (int i = 0; i < contacts; i++) {
			String id = "c" + i;
			String parent = random.nextDouble() < 0.35 || attachment.isEmpty() ? null
					: attachment.get(random.nextInt(attachment.size()));
			attachment.add(id);
			if (parent != null) {
				attachment.add(parent);
			}
			members.add(new GiftPlanner.Member(id, parent, null, false, false, today, today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusSeconds(contacts - i),
					"F" + i, "L" + i, null, List.of(), 0));
		}
		List<GiftPlanner.ClosedDeal> deals = new java.util.ArrayList<>();
		for (int i = 0; i < contacts / 4; i++) {
			deals.add(new GiftPlanner.ClosedDeal(500_000, List.of("c" + random.nextInt(contacts))));
		}
		GiftPlanner.Settings settings = new GiftPlanner.Settings(5_000_000_00L, today, GiftPlans.DEFAULT_LEVEL_WEIGHTS,
				GiftPlans.DEFAULT_REVENUE_WEIGHT,
				List.of(new GiftTier("Premium", "p", null, 15000, null, 0.05), new GiftTier("Flowers", "f", null, 4000, null, 0.2),
						new GiftTier("Card", "c", null, 500, 0.25, null), new GiftTier("E-mail", "e", null, 0, null, null)),
				false, 24, true, 2);
		long[] times = new long[5];
		for (int run = 0; run < times.length; run++) {
			long start = System.nanoTime();
			GiftPlanner.plan(members, deals, settings);
			times[run] = (System.nanoTime() - start) / 1_000_000;
		}
		java.util.Arrays.sort(times);
		System.out.printf("GiftPlanner on %,d contacts, %,d deals: median %d ms of %d runs (min %d, max %d)%n", contacts,
				deals.size(), times[times.length / 2], times.length, times[0], times[times.length - 1]);
	}

}
