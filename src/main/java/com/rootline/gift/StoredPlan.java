package com.rootline.gift;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.MoneyUnits;

/**
 * A saved plan as the graph keeps it, written and read through the same record: the header on
 * the {@code GiftPlan} node, each gift a {@link Line}. Neo4j lists cannot hold maps or nulls, so
 * tiers, warnings and exclusions are parallel lists, and a tier's optional criteria are -1.
 */
record StoredPlan(String id, String name, String savedBy, ZonedDateTime savedAt, LocalDate asOf, long budgetMinor,
		long allocatedMinor, long unallocatedMinor, Long shortfallMinor, long recipients, List<Double> levelWeights,
		double revenueWeight, boolean includeInactive, long inactiveAfterMonths,
		GiftPlanner.HouseholdMode householdMode, List<String> tierNames, List<String> tierDescriptions,
		List<Long> tierCostsMinor, List<Double> tierMinScores, List<Double> tierTopShares, List<String> warningCodes,
		List<String> warningMessages, List<String> excludedIds, List<String> excludedKinds,
		List<GiftPlanner.ExclusionReason> excludedReasons) {

	/** One gift of a saved plan; its levels are parallel lists. */
	record Line(long rank, List<String> memberIds, double score, double referralPoints, double revenuePoints,
			List<Long> levelDepths, List<Long> levelReferrals, List<Long> levelRevenueMinor, List<Double> levelWeights,
			String tierName, long amountMinor) {

		static Line of(GiftPlanner.Row row) {
			return new Line(row.rank(), row.memberIds(), row.score(), row.referralPoints(), row.revenuePoints(),
					row.levels().stream().map(l -> (long) l.depth()).toList(),
					row.levels().stream().map(GiftPlanner.Level::referrals).toList(),
					row.levels().stream().map(GiftPlanner.Level::revenueMinor).toList(),
					row.levels().stream().map(GiftPlanner.Level::weight).toList(),
					row.tier() == null ? null : row.tier().name(), row.amountMinor());
		}

		GiftPlanner.Row row(Map<String, GiftTier> tiers) {
			List<GiftPlanner.Level> levels = new ArrayList<>();
			for (int i = 0; i < levelDepths.size(); i++) {
				levels.add(new GiftPlanner.Level(levelDepths.get(i).intValue(), levelReferrals.get(i),
						levelRevenueMinor.get(i), levelWeights.get(i)));
			}
			return new GiftPlanner.Row((int) rank, memberIds, score, referralPoints, revenuePoints, levels,
					tierName == null ? null : tiers.get(tierName), amountMinor);
		}

	}

	/** The header of a plan about to be saved; the graph sets {@code savedAt}. */
	static StoredPlan of(String id, String name, String by, GiftPlanner.Plan plan) {
		GiftPlanner.Settings s = plan.settings();
		List<GiftTier> tiers = s.tiers();
		return new StoredPlan(id, name, by, null, s.asOf(), s.budgetMinor(), plan.allocatedMinor(),
				plan.unallocatedMinor(), plan.shortfallMinor(), plan.rows().size(),
				java.util.Arrays.stream(s.levelWeights()).boxed().toList(), s.revenueWeight(), s.includeInactive(),
				s.inactiveAfterMonths(), s.householdMode(), tiers.stream().map(GiftTier::name).toList(),
				tiers.stream().map(GiftTier::giftDescription).toList(),
				tiers.stream().map(GiftTier::unitCostMinor).toList(),
				tiers.stream().map(t -> t.minScore() == null ? -1.0 : t.minScore()).toList(),
				tiers.stream().map(t -> t.topShare() == null ? -1.0 : t.topShare()).toList(),
				plan.warnings().stream().map(GiftPlanner.Warning::code).toList(),
				plan.warnings().stream().map(GiftPlanner.Warning::message).toList(),
				plan.excluded().stream().map(GiftPlanner.Exclusion::id).toList(),
				plan.excluded().stream().map(GiftPlanner.Exclusion::kind).toList(),
				plan.excluded().stream().map(GiftPlanner.Exclusion::reason).toList());
	}

	/** The plan again, with its lines in rank order. */
	GiftPlans.PlanView view(List<Line> lines, MoneyUnits money) {
		List<GiftTier> tiers = new ArrayList<>();
		Map<String, GiftTier> byName = new HashMap<>();
		for (int i = 0; i < tierNames.size(); i++) {
			long cost = tierCostsMinor.get(i);
			double min = tierMinScores.get(i);
			double share = tierTopShares.get(i);
			GiftTier tier = new GiftTier(tierNames.get(i), tierDescriptions.get(i), money.fromMinor(cost), cost,
					min < 0 ? null : min, share < 0 ? null : share);
			tiers.add(tier);
			byName.put(tier.name(), tier);
		}
		GiftPlanner.Settings settings = new GiftPlanner.Settings(budgetMinor, asOf,
				levelWeights.stream().mapToDouble(Double::doubleValue).toArray(), revenueWeight, tiers, includeInactive,
				(int) inactiveAfterMonths, householdMode == GiftPlanner.HouseholdMode.COMBINE,
				money.currency().getDefaultFractionDigits());
		List<GiftPlanner.Warning> warnings = new ArrayList<>();
		for (int i = 0; i < warningCodes.size(); i++) {
			warnings.add(new GiftPlanner.Warning(warningCodes.get(i), warningMessages.get(i)));
		}
		List<GiftPlanner.Exclusion> excluded = new ArrayList<>();
		for (int i = 0; i < excludedIds.size(); i++) {
			excluded.add(new GiftPlanner.Exclusion(excludedIds.get(i), excludedKinds.get(i), excludedReasons.get(i)));
		}
		GiftPlanner.Plan plan = new GiftPlanner.Plan(settings, lines.stream().map(l -> l.row(byName)).toList(),
				allocatedMinor, unallocatedMinor, shortfallMinor, excluded, warnings);
		return new GiftPlans.PlanView(id, name, savedAt, savedBy, plan);
	}

}
