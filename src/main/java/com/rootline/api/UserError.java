package com.rootline.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A business failure of a mutation, reported in its payload. {@code field} is the path into the
 * mutation's arguments, for example {@code ["input", "emails", "1", "address"]}; {@code code} is
 * stable and documented in the schema's {@code UserErrorCode} enum.
 */
public record UserError(List<String> field, UserErrorCode code, String message) {

	public static UserError of(UserErrorCode code, String message, Object... path) {
		List<String> field = new ArrayList<>(path.length + 1);
		field.add("input");
		for (Object segment : path) {
			field.add(String.valueOf(segment));
		}
		return new UserError(List.copyOf(field), code, message);
	}

}
