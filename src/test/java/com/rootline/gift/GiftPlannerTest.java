package com.rootline.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded-random forests, each checked against the plan's promises and against a second, top-down
 * scoring written independently of the planner's bottom-up walk. A failing seed is printed by the
 * test name and can be replayed on its own.
 */
class GiftPlannerTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

	static List<Long> seeds() {
		List<Long> seeds = new ArrayList<>();
		for (long s = 1; s <= 60; s++) {
			seeds.add(s * 7919);
		}
		return seeds;
	}

	record Forest(List<GiftPlanner.Member> members, List<GiftPlanner.ClosedDeal> deals, GiftPlanner.Settings settings) {
	}

	static Forest generate(long seed) {
		Random random = new Random(seed);
		int n = 20 + random.nextInt(380);
		List<GiftPlanner.Member> members = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		List<String> attachment = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String id = "c" + i;
			String parent = null;
			// Preferential attachment: contacts who already referred are likelier to refer again.
			if (!attachment.isEmpty() && random.nextDouble() < 0.7) {
				parent = attachment.get(random.nextInt(attachment.size()));
			}
			attachment.add(id);
			if (parent != null) {
				attachment.add(parent);
			}
			String partner = parent == null && random.nextDouble() < 0.1 ? "p" + random.nextInt(3) : null;
			List<String> homes = random.nextDouble() < 0.15 ? List.of("home-" + random.nextInt(Math.max(1, n / 8)))
					: List.of();
			int roll = random.nextInt(100);
			members.add(new GiftPlanner.Member(id, parent, partner, roll < 3, roll >= 3 && roll < 6,
					AS_OF.minusMonths(random.nextInt(40)), AS_OF.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minusSeconds(n - i), "F" + i, "L" + (i % 7), null, homes));
			ids.add(id);
		}
		List<GiftPlanner.ClosedDeal> deals = new ArrayList<>();
		for (int d = random.nextInt(n / 2); d > 0; d--) {
			List<String> parties = new ArrayList<>();
			for (int p = 1 + random.nextInt(2); p > 0; p--) {
				parties.add(ids.get(random.nextInt(n)));
			}
			deals.add(new GiftPlanner.ClosedDeal(100_00L * (1 + random.nextInt(5_000)), parties));
		}
		List<GiftTier> tiers = new ArrayList<>();
		int tierCount = 1 + random.nextInt(4);
		for (int t = 0; t < tierCount; t++) {
			long cost = t == tierCount - 1 && random.nextBoolean() ? 0 : 100L * random.nextInt(200);
			Double minScore = random.nextBoolean() ? random.nextDouble() * 5 : null;
			Double topShare = minScore == null && random.nextBoolean() ? 0.01 + random.nextDouble() * 0.5 : null;
			tiers.add(new GiftTier("T" + t, "gift " + t, BigDecimal.valueOf(cost, 2), cost, minScore, topShare));
		}
		double[] weights = random.nextBoolean() ? new double[] { 1.0, 0.5, 0.25 }
				: new double[] { random.nextDouble() * 2, random.nextDouble(), 0, random.nextDouble() };
		GiftPlanner.Settings settings = new GiftPlanner.Settings(100L * random.nextInt(20_000), AS_OF, weights,
				random.nextDouble() * 0.01, tiers, random.nextBoolean(), 24, random.nextBoolean(), 2);
		return new Forest(members, deals, settings);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void plansKeepTheirPromises(long seed) {
		Forest f = generate(seed);
		GiftPlanner.Plan plan = GiftPlanner.plan(f.members(), f.deals(), f.settings());
		long floor = f.settings().tiers().stream().mapToLong(GiftTier::unitCostMinor).min().orElseThrow();

		long spent = plan.rows().stream().mapToLong(GiftPlanner.Row::amountMinor).sum();
		assertThat(spent).isEqualTo(plan.allocatedMinor()).isLessThanOrEqualTo(f.settings().budgetMinor());
		assertThat(plan.allocatedMinor() + plan.unallocatedMinor()).isEqualTo(f.settings().budgetMinor());

		long floorTotal = floor * plan.rows().size();
		if (floorTotal <= f.settings().budgetMinor()) {
			assertThat(plan.rows()).allSatisfy(r -> assertThat(r.tier()).isNotNull());
			assertThat(plan.shortfallMinor()).isNull();
		}
		else {
			assertThat(plan.shortfallMinor()).isEqualTo(floorTotal - f.settings().budgetMinor());
			assertThat(plan.warnings()).extracting(GiftPlanner.Warning::code).contains("BUDGET_TOO_SMALL");
		}

		for (int i = 0; i < plan.rows().size(); i++) {
			GiftPlanner.Row higher = plan.rows().get(i);
			assertThat(higher.rank()).isEqualTo(i + 1);
			for (int j = i + 1; j < plan.rows().size(); j++) {
				GiftPlanner.Row lower = plan.rows().get(j);
				assertThat(higher.score()).isGreaterThanOrEqualTo(lower.score());
				if (higher.score() > lower.score()) {
					assertThat(higher.amountMinor()).as("rank %d vs %d", i + 1, j + 1)
						.isGreaterThanOrEqualTo(lower.amountMinor());
				}
			}
			if (higher.score() == 0 && higher.tier() != null) {
				assertThat(higher.tier().unitCostMinor()).isEqualTo(floor);
			}
		}

		Set<String> excluded = new HashSet<>();
		plan.excluded().stream().filter(e -> e.kind().equals("CONTACT")).forEach(e -> excluded.add(e.id()));
		List<String> planned = new ArrayList<>();
		plan.rows().forEach(r -> planned.addAll(r.memberIds()));
		assertThat(new HashSet<>(planned)).hasSize(planned.size()).doesNotContainAnyElementsOf(excluded);
		assertThat(planned.size() + excluded.size()).isEqualTo(f.members().size());
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void individualScoresMatchATopDownCount(long seed) {
		Forest f = generate(seed);
		GiftPlanner.Settings s = f.settings();
		GiftPlanner.Settings individual = new GiftPlanner.Settings(s.budgetMinor(), s.asOf(), s.levelWeights(),
				s.revenueWeight(), s.tiers(), true, 24, false, 2);
		GiftPlanner.Plan plan = GiftPlanner.plan(f.members(), f.deals(), individual);

		Map<String, List<String>> children = new HashMap<>();
		f.members().forEach(m -> {
			if (m.parentId() != null) {
				children.computeIfAbsent(m.parentId(), k -> new ArrayList<>()).add(m.id());
			}
		});
		Map<String, Double> expected = new HashMap<>();
		for (GiftPlanner.Member m : f.members()) {
			Map<String, Integer> depth = new HashMap<>();
			Deque<String> queue = new ArrayDeque<>(List.of(m.id()));
			depth.put(m.id(), 0);
			double score = 0;
			while (!queue.isEmpty()) {
				String at = queue.poll();
				int d = depth.get(at);
				if (d > 0 && d <= s.levelWeights().length) {
					score += s.levelWeights()[d - 1];
				}
				if (d < s.levelWeights().length) {
					for (String child : children.getOrDefault(at, List.of())) {
						depth.put(child, d + 1);
						queue.add(child);
					}
				}
			}
			for (GiftPlanner.ClosedDeal deal : f.deals()) {
				int nearest = deal.parties().stream().mapToInt(p -> depth.getOrDefault(p, Integer.MAX_VALUE)).min().orElseThrow();
				boolean own = deal.parties().contains(m.id());
				if (!own && nearest != Integer.MAX_VALUE && nearest >= 1) {
					score += s.levelWeights()[nearest - 1] * s.revenueWeight() * deal.revenueMinor() / 100.0;
				}
			}
			expected.put(m.id(), score);
		}
		for (GiftPlanner.Row row : plan.rows()) {
			if (row.memberIds().size() == 1) {
				assertThat(row.score()).as(row.memberIds().getFirst())
					.isCloseTo(expected.get(row.memberIds().getFirst()), org.assertj.core.data.Offset.offset(1e-6));
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void thePlanDoesNotDependOnTheOrderContactsAreRead(long seed) {
		Forest f = generate(seed);
		List<GiftPlanner.Member> shuffled = new ArrayList<>(f.members());
		Collections.shuffle(shuffled, new Random(seed));
		GiftPlanner.Plan a = GiftPlanner.plan(f.members(), f.deals(), f.settings());
		GiftPlanner.Plan b = GiftPlanner.plan(shuffled, f.deals(), f.settings());
		assertThat(b.rows()).extracting(r -> r.memberIds().getFirst() + ":" + r.amountMinor())
			.isEqualTo(a.rows().stream().map(r -> r.memberIds().getFirst() + ":" + r.amountMinor()).toList());
	}

	@org.junit.jupiter.api.Test
	void equalScoresGoToTheEarlierContactToTheSecondNotTheDay() {
		java.time.Instant morning = java.time.Instant.parse("2026-11-23T00:00:26Z");
		List<GiftPlanner.Member> members = List.of(
				new GiftPlanner.Member("a-late", null, null, false, false, AS_OF, morning.plusSeconds(3600), "A", "A", null, List.of()),
				new GiftPlanner.Member("z-early", null, null, false, false, AS_OF, morning, "Z", "Z", null, List.of()));
		GiftPlanner.Settings settings = new GiftPlanner.Settings(0, AS_OF, new double[] { 1 }, 0,
				List.of(new GiftTier("E-mail", "e", BigDecimal.ZERO, 0, null, null)), true, 24, false, 2);
		assertThat(GiftPlanner.plan(members, List.of(), settings).rows()).extracting(r -> r.memberIds().getFirst())
			.containsExactly("z-early", "a-late");
	}

}
