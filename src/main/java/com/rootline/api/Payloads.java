package com.rootline.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a mutation and shapes its payload: the result on success, the user errors (and a
 * rolled-back transaction) on a business failure.
 */
public final class Payloads {

	private Payloads() {
	}

	public static <T, P> P attempt(Supplier<T> mutation, Function<T, P> success, Function<List<UserError>, P> failure) {
		T result;
		try {
			result = mutation.get();
		}
		catch (UserErrorsException ex) {
			return failure.apply(ex.errors());
		}
		return success.apply(result);
	}

}
