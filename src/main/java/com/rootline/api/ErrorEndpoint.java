package com.rootline.api;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Where the servlet container sends every error that no handler answered (Spring MVC's own
 * refusals, a 404, an exception that escaped): the typed JSON of {@link HttpErrors} instead of
 * Spring's {@code {"timestamp","status","error","path"}}. A 5xx is logged with an id that the
 * response carries; nothing of the exception reaches the client.
 */
@RestController
class ErrorEndpoint implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorEndpoint.class);

	private final ErrorAttributes errors;

	ErrorEndpoint(ErrorAttributes errors) {
		this.errors = errors;
	}

	@RequestMapping(path = "/error", produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = statusAttribute instanceof Integer code ? code : 500;
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Throwable failure = errors.getError(new ServletWebRequest(request));
		ErrorCode code = HttpErrors.codeFor(status);
		String message = HttpErrors.messageFor(status);
		if (failure instanceof ApiException api) {
			code = api.code();
			message = api.getMessage();
		}
		else if (failure instanceof HttpMessageNotReadableException) {
			message = "The request body could not be read: send one JSON object (valid UTF-8) as the body";
		}
		else if (failure instanceof HttpMediaTypeNotSupportedException unsupported) {
			message = "Content-Type " + (unsupported.getContentType() == null ? "(none)" : unsupported.getContentType())
					+ " is not accepted here; use " + unsupported.getSupportedMediaTypes();
		}
		else if (failure instanceof HttpRequestMethodNotSupportedException method) {
			message = method.getMethod() + " is not allowed here"
					+ (method.getSupportedMethods() == null ? "" : "; use " + String.join(", ", method.getSupportedMethods()));
		}
		else if (failure instanceof HttpMediaTypeNotAcceptableException) {
			message = "The response cannot be given in a type the Accept header allows";
		}
		else if (failure instanceof MaxUploadSizeExceededException) {
			status = 413;
			code = ErrorCode.PAYLOAD_TOO_LARGE;
			message = HttpErrors.messageFor(413);
		}
		if (status >= 500) {
			String id = UUID.randomUUID().toString();
			log.error("Internal error {} in {}", id, path, failure);
			message = "Internal error " + id + "; the details are in the service log";
		}
		return ResponseEntity.status(status)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_JSON)
			.body(HttpErrors.body(path, code, message, null));
	}

}
