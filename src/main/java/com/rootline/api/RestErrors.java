package com.rootline.api;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The same typed errors for the REST endpoints (reports, exports) as GraphQL gives:
 * {@code {"code": ..., "field": ..., "message": ...}} with a 4xx status, never a stack trace.
 */
@RestControllerAdvice
class RestErrors {

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Map<String, String>> api(ApiException ex) {
		HttpStatus status = ex.code() == ErrorCode.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
		String message = ex.getMessage();
		int colon = message.indexOf(':');
		String field = colon > 0 && message.substring(0, colon).matches("[\\w.]+") ? message.substring(0, colon) : "";
		return ResponseEntity.status(status).body(Map.of("code", ex.code().name(), "field", field, "message", message));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException ex) {
		return ResponseEntity.badRequest()
			.body(Map.of("code", ErrorCode.VALIDATION_FAILED.name(), "field", ex.getParameterName(), "message",
					ex.getParameterName() + ": required"));
	}

	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ResponseEntity<Map<String, Object>> multipart(org.springframework.web.multipart.MultipartException ex) {
		if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(HttpErrors.body("/imports", ErrorCode.PAYLOAD_TOO_LARGE, "file: the file is larger than allowed", "file"));
		}
		return ResponseEntity.badRequest()
			.body(HttpErrors.body("/imports", ErrorCode.MALFORMED_REQUEST,
					"The multipart body could not be read: send the file as multipart/form-data", null));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest()
			.body(Map.of("code", ErrorCode.VALIDATION_FAILED.name(), "field", ex.getName(), "message",
					ex.getName() + ": '" + ex.getValue() + "' is not a valid value"));
	}

}
