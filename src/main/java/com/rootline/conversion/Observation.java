package com.rootline.conversion;

/**
 * One contact as the model sees it on a day: its raw signals, and (for training) whether it
 * converted within the horizon after that day.
 */
record Observation(String contactId, int touches30, int touches90, int touches365, int inbound365, int meetings365,
		Integer daysSinceContact, String origin, boolean referredByConverted, int depth, long below, boolean converted) {

	/** Days since the last touch, for a contact never touched counted as this many. */
	static final int NEVER = 730;

	int daysSinceContactOrNever() {
		return daysSinceContact == null ? NEVER : Math.min(daysSinceContact, NEVER);
	}

	/**
	 * The rule the model must beat, and the suggestion while there is no model: A when contacted
	 * within 30 days, B within 90, C otherwise. As a score for ranking: 2, 1, 0.
	 */
	int ruleScore() {
		int days = daysSinceContactOrNever();
		return days <= 30 ? 2 : days <= 90 ? 1 : 0;
	}

}
