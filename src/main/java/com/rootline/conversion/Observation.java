package com.rootline.conversion;

/**
 * One contact as the model sees it on a day, in the brief's terms: how often and how lately it was
 * in touch, how engaged it is, where its business came from; and (for training) whether it
 * converted within the horizon after that day.
 */
record Observation(String contactId, Touches touches, Engagement engagement, Source source, boolean converted) {

	/** Days since the last touch, for a contact never touched counted as this many. */
	static final int NEVER = 730;

	/** Touches in the last 30, 90 and 365 days, and days since the last one (null: never). */
	record Touches(int in30, int in90, int in365, Integer daysSinceLast) {
	}

	/** In a year: the contact's own calls and messages, meetings, e-mails opened and e-mails with a link followed. */
	record Engagement(int inbound, int meetings, int emailsOpened, int emailsClicked) {
	}

	/**
	 * The contact's origin ("OUTLET:<id>", "PARTNER", "CONTACT", "NONE"), whether its referrer is a
	 * client who converted, its level in its referral tree and how many people are below it.
	 */
	record Source(String origin, boolean referredByConverted, int depth, long below) {
	}

	Observation withConverted(boolean converted) {
		return new Observation(contactId, touches, engagement, source, converted);
	}

	int daysSinceContactOrNever() {
		return touches.daysSinceLast() == null ? NEVER : Math.min(touches.daysSinceLast(), NEVER);
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
