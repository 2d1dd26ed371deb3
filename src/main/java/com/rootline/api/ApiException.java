package com.rootline.api;

/** A request-level failure that becomes a top-level GraphQL error with a stable code. */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	public ApiException(ErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	public ErrorCode code() {
		return code;
	}

	public static ApiException notFound(String what, String id) {
		return new ApiException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist");
	}

}
