package com.rootline.api;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one input so that a client learns all of them in one round trip. */
public final class Problems {

	private final List<UserError> errors = new ArrayList<>();

	public Problems add(UserErrorCode code, String message, Object... path) {
		errors.add(UserError.of(code, message, path));
		return this;
	}

	public List<UserError> errors() {
		return List.copyOf(errors);
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	/** Throws {@link UserErrorsException} if anything was added, which also rolls back the transaction. */
	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new UserErrorsException(errors);
		}
	}

	/** Checks a free-text length; strings beyond sane lengths are refused, not truncated. */
	public Problems maxLength(String value, int max, Object... path) {
		if (value != null && value.length() > max) {
			add(UserErrorCode.TOO_LONG, "At most " + max + " characters are allowed", path);
		}
		return this;
	}

}
