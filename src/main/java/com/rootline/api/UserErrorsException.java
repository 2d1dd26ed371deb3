package com.rootline.api;

import java.util.List;

/**
 * Thrown inside a write transaction to roll it back and report the problems in the mutation's
 * payload: nothing of a refused mutation is ever half-written.
 */
public class UserErrorsException extends RuntimeException {

	private final List<UserError> errors;

	public UserErrorsException(List<UserError> errors) {
		super(errors.isEmpty() ? "user errors" : errors.getFirst().code() + ": " + errors.getFirst().message(), null,
				false, false);
		this.errors = List.copyOf(errors);
	}

	public UserErrorsException(UserError error) {
		this(List.of(error));
	}

	public List<UserError> errors() {
		return errors;
	}

}
