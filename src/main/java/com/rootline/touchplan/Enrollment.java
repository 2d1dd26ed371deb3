package com.rootline.touchplan;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import com.rootline.graph.Statements;
import org.neo4j.driver.Value;

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

	/** An enrolment from its node's properties ({@code e {.*}}) and its counted progress. */
	static Enrollment of(Value node, Value progress) {
		Stored e = Statements.row(node::get, Stored.class);
		Progress p = Statements.row(progress::get, Progress.class);
		Status status = e.status() == Status.ACTIVE && p.done() == e.stepCount() ? Status.COMPLETED : e.status();
		return new Enrollment(e.id(), e.planId(), e.contactId(), status, e.startOn(), e.pausedOn(), e.shiftDays(),
				e.stepCount(), p, e.createdAt());
	}

	private record Stored(String id, String planId, String contactId, Status status, LocalDate startOn,
			LocalDate pausedOn, long shiftDays, int stepCount, ZonedDateTime createdAt) {
	}

}
