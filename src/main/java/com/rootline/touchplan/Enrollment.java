package com.rootline.touchplan;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A contact's enrolment in a touch plan, with its progress counted from its step tasks.
 * {@code shiftDays} is how far resumes have moved the steps that were open during pauses.
 */
record Enrollment(String id, String planId, String contactId, Status status, LocalDate startOn, LocalDate pausedOn,
		long shiftDays, int stepCount, Progress progress, ZonedDateTime createdAt) {

	enum Status {
		ACTIVE, PAUSED, CANCELLED,
		/** Active with every step done. */
		COMPLETED
	}

	record Progress(int done, int open, int onHold, LocalDate nextDueOn) {
	}

	static Enrollment of(Map<String, Object> m, Map<String, Object> progress) {
		int count = ((Number) m.get("stepCount")).intValue();
		Progress p = new Progress(((Number) progress.get("done")).intValue(), ((Number) progress.get("open")).intValue(),
				((Number) progress.get("onHold")).intValue(), (LocalDate) progress.get("nextDueOn"));
		Status status = Status.valueOf((String) m.get("status"));
		if (status == Status.ACTIVE && p.done() == count) {
			status = Status.COMPLETED;
		}
		return new Enrollment((String) m.get("id"), (String) m.get("planId"), (String) m.get("contactId"), status,
				(LocalDate) m.get("startOn"), (LocalDate) m.get("pausedOn"), ((Number) m.get("shiftDays")).longValue(),
				count, p, (ZonedDateTime) m.get("createdAt"));
	}

}
