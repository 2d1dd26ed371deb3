package com.rootline.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * The budget's walk down a ranking, one for the full plan ({@link GiftPlanner}) and today's plan
 * ({@link TodayPlans}): the floor tier for as many recipients as the budget covers (every one, or
 * the first ones with BUDGET_TOO_SMALL), then, rank by rank, the dearest tier a scoring recipient
 * qualifies for that what is left still buys, counting those who qualified for more.
 */
final class Allocation {

	private final List<GiftTier> byCost;

	private final GiftTier floor;

	private final int recipients;

	private final long budgetMinor;

	private final Long shortfallMinor;

	private final int floorCovered;

	private final long cheapestUpgradeMinor;

	private long leftMinor;

	private int downgraded;

	private final List<GiftPlanner.Warning> warnings = new ArrayList<>();

	Allocation(List<GiftTier> tiers, long budgetMinor, int recipients) {
		this.byCost = GiftPlanner.dearestFirst(tiers);
		this.floor = byCost.getLast();
		this.recipients = recipients;
		this.budgetMinor = budgetMinor;
		long floorTotal = floor.unitCostMinor() * recipients;
		if (floorTotal > budgetMinor) {
			this.shortfallMinor = floorTotal - budgetMinor;
			this.floorCovered = (int) (budgetMinor / floor.unitCostMinor());
			warnings.add(GiftPlanner.budgetTooSmall(floor, floorCovered, recipients));
		}
		else {
			this.shortfallMinor = null;
			this.floorCovered = recipients;
		}
		this.leftMinor = budgetMinor - (long) floorCovered * floor.unitCostMinor();
		long cheapest = Long.MAX_VALUE;
		for (GiftTier t : byCost) {
			if (t.unitCostMinor() > floor.unitCostMinor()) {
				cheapest = Math.min(cheapest, t.unitCostMinor() - floor.unitCostMinor());
			}
		}
		this.cheapestUpgradeMinor = cheapest;
	}

	/** The tier of the recipient at this rank (from 0), charged to the budget; null below those the budget covers. */
	GiftTier tierAt(int rank, double score) {
		if (rank >= floorCovered) {
			return null;
		}
		if (shortfallMinor != null || score <= 0) {
			return floor;
		}
		GiftPlanner.Upgrade upgrade = GiftPlanner.upgrade(byCost, score, rank, recipients, leftMinor);
		leftMinor -= upgrade.tier().unitCostMinor() - floor.unitCostMinor();
		downgraded += upgrade.qualifiedHigher() ? 1 : 0;
		return upgrade.tier();
	}

	/** Whether what is left still buys any tier above the floor: below, every recipient gets the floor. */
	boolean canUpgrade() {
		return shortfallMinor == null && leftMinor >= cheapestUpgradeMinor;
	}

	/** Recipients not walked who qualified for more than the floor, which the budget no longer bought. */
	void downgradedBeyondWalk(int more) {
		downgraded += Math.max(0, more);
	}

	/** The tiers dearest first; the last is the floor. */
	List<GiftTier> byCost() {
		return byCost;
	}

	GiftTier floor() {
		return floor;
	}

	int floorCovered() {
		return floorCovered;
	}

	Long shortfallMinor() {
		return shortfallMinor;
	}

	long leftMinor() {
		return leftMinor;
	}

	long allocatedMinor() {
		return budgetMinor - leftMinor;
	}

	/** The warnings of the walk once done: the budget too small, the budget exhausted, nobody to give to. */
	List<GiftPlanner.Warning> warnings() {
		List<GiftPlanner.Warning> all = new ArrayList<>(warnings);
		if (downgraded > 0) {
			all.add(GiftPlanner.budgetExhausted(downgraded));
		}
		if (recipients == 0) {
			all.add(GiftPlanner.NO_RECIPIENTS);
		}
		return all;
	}

}
