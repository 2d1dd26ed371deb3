package com.rootline.today;

import java.util.Map;

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

	static CallRule of(Map<String, Object> m) {
		return new CallRule(Code.valueOf((String) m.get("code")), (String) m.get("description"),
				Boolean.TRUE.equals(m.get("enabled")), ((Number) m.get("weight")).intValue(), integer(m.get("days")),
				integer(m.get("daysA")), integer(m.get("daysB")), integer(m.get("daysC")),
				m.get("minValueMinor") == null ? null : ((Number) m.get("minValueMinor")).longValue(),
				((Number) m.getOrDefault("position", 0L)).intValue());
	}

	int daysOr(int fallback) {
		return days == null ? fallback : days;
	}

	private static Integer integer(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

}
