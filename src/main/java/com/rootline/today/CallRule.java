package com.rootline.today;

/**
 * One rule of the call list, as a broker keeps it: whether it is on, the weight it adds to a
 * contact's score when it holds, and its parameters ({@code days}: a lead time or a window;
 * {@code daysA/B/C}: the cadence of each level; {@code minValueMinor}: the tree value that counts).
 */
record CallRule(Code code, String description, boolean enabled, int weight, Integer days, Integer daysA,
		Integer daysB, Integer daysC, Long minValueMinor, int position) {

	enum Code {
		TREE_BROUGHT_BUSINESS, NEW_LEAD, DATE_THAT_MATTERS, PLAN_STEP_DUE, TASK_OVERDUE, CADENCE_PASSED
	}

	int daysOr(int fallback) {
		return days == null ? fallback : days;
	}

	/** A broker's change to one rule; a null component keeps the rule's value. */
	record Change(Code code, Boolean enabled, Integer weight, Integer days, Integer daysA, Integer daysB,
			Integer daysC, Long minValueMinor) {
	}

}
