package com.rootline.api;

/** The {@code first}/{@code after} arguments of a connection, checked against the limits. */
public record PageRequest(int first, String after) {

	public static PageRequest of(Integer first, String after, ApiLimits limits) {
		int size = first == null ? limits.defaultPageSize() : first;
		if (size < 0) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "first: must not be negative");
		}
		if (size > limits.maxPageSize()) {
			throw new ApiException(ErrorCode.LIMIT_EXCEEDED,
					"first: " + size + " is above the maximum page size of " + limits.maxPageSize());
		}
		return new PageRequest(size, (after == null || after.isEmpty()) ? null : after);
	}

	/** Rows to fetch: one more than the page, to learn whether there is a next page without counting. */
	public int fetchSize() {
		return first + 1;
	}

}
