package com.rootline.api;

import org.springframework.graphql.execution.ErrorType;

/**
 * Stable codes of top-level GraphQL errors ({@code extensions.code}). Clients branch on these,
 * never on messages. Business failures of a mutation are {@link UserError}s instead.
 */
public enum ErrorCode {

	NOT_FOUND(ErrorType.NOT_FOUND),
	VALIDATION_FAILED(ErrorType.BAD_REQUEST),
	VERSION_CONFLICT(ErrorType.BAD_REQUEST),
	FORBIDDEN(ErrorType.FORBIDDEN),
	UNAUTHENTICATED(ErrorType.UNAUTHORIZED),
	LIMIT_EXCEEDED(ErrorType.BAD_REQUEST),
	TIMEOUT(ErrorType.INTERNAL_ERROR),
	INTERNAL(ErrorType.INTERNAL_ERROR);

	private final ErrorType classification;

	ErrorCode(ErrorType classification) {
		this.classification = classification;
	}

	public ErrorType classification() {
		return classification;
	}

}
