package com.rootline.gift;

import java.math.BigDecimal;

/**
 * One tier of a plan. A recipient qualifies by score ({@code minScore}) or by rank
 * ({@code topShare} of the recipients, e.g. 0.05 for the top 5%); the cheapest tier is the floor
 * that every recipient gets whatever their score.
 */
record GiftTier(String name, String giftDescription, BigDecimal unitCost, long unitCostMinor, Double minScore,
		Double topShare) {

	boolean qualifies(double score, int rank, int recipients) {
		if (minScore != null && score < minScore) {
			return false;
		}
		return topShare == null || rank < Math.floor(topShare * recipients);
	}

}
