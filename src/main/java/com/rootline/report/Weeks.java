package com.rootline.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;

/** A window of whole weeks: from {@code from}'s Monday to {@code to}'s Sunday. */
record Weeks(LocalDate first, LocalDate last) {

	static final int MAX = 262;

	/** @throws ApiException VALIDATION_FAILED naming {@code to} for a reversed window or one of more than five years */
	static Weeks around(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: is before from");
		}
		LocalDate first = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		if (ChronoUnit.WEEKS.between(first, last.plusDays(1)) > MAX) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: a window is at most " + MAX + " weeks");
		}
		return new Weeks(first, last);
	}

}
