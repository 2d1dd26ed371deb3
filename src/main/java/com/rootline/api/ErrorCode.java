package com.rootline.api;

import org.springframework.graphql.execution.ErrorType;

/**
 * Stable codes of top-level GraphQL errors ({@code extensions.code}) and of REST and HTTP errors
 * ({@code code}, see {@link HttpErrors}). Clients branch on these, never on messages. Business
 * failures of a mutation are {@link UserError}s instead.
 */
public enum ErrorCode {

	NOT_FOUND(ErrorType.NOT_FOUND),
	VALIDATION_FAILED(ErrorType.BAD_REQUEST),
	VERSION_CONFLICT(ErrorType.BAD_REQUEST),
	FORBIDDEN(ErrorType.FORBIDDEN),
	UNAUTHENTICATED(ErrorType.UNAUTHORIZED),
	LIMIT_EXCEEDED(ErrorType.BAD_REQUEST),
	TIMEOUT(ErrorType.INTERNAL_ERROR),
	/** The HTTP request itself is unusable: not JSON, empty, a bad encoding, a bad path or header. */
	MALFORMED_REQUEST(ErrorType.BAD_REQUEST),
	METHOD_NOT_ALLOWED(ErrorType.BAD_REQUEST),
	UNSUPPORTED_MEDIA_TYPE(ErrorType.BAD_REQUEST),
	NOT_ACCEPTABLE(ErrorType.BAD_REQUEST),
	PAYLOAD_TOO_LARGE(ErrorType.BAD_REQUEST),
	/** An Idempotency-Key reused for another request, or whose first request has not answered yet. */
	IDEMPOTENCY_CONFLICT(ErrorType.BAD_REQUEST),
	/** Too many requests from one key or address; the response's Retry-After says when to try again. */
	RATE_LIMITED(ErrorType.BAD_REQUEST),
	INTERNAL(ErrorType.INTERNAL_ERROR);

	private final ErrorType classification;

	ErrorCode(ErrorType classification) {
		this.classification = classification;
	}

	public ErrorType classification() {
		return classification;
	}

}
