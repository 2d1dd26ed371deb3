package com.rootline.report;

import java.time.LocalDate;

import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;

/** The date windows of the reports that count days rather than weeks or months. */
final class Windows {

	private Windows() {
	}

	/** @throws ApiException VALIDATION_FAILED naming {@code to} for a reversed window or one longer than the years given */
	static void check(LocalDate from, LocalDate to, int maxYears) {
		if (to.isBefore(from)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: is before from");
		}
		if (from.plusYears(maxYears).isBefore(to)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: a window is at most " + maxYears + " years");
		}
	}

}
