package com.rootline.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of every HTTP error that is not a GraphQL result: {@code {"code", "message", "field"?}}
 * for REST paths, and a GraphQL error list with {@code extensions.code} for {@code /graphql}, so a
 * client reads one shape whichever layer refused the request (Tomcat, Spring Security, Spring MVC
 * or Rootline). Messages are written here, never copied from an exception.
 */
public final class HttpErrors {

	private HttpErrors() {
	}

	/** The code for an HTTP status that no more precise code explains. */
	public static ErrorCode codeFor(int status) {
		return switch (status) {
			case 401 -> ErrorCode.UNAUTHENTICATED;
			case 403 -> ErrorCode.FORBIDDEN;
			case 404 -> ErrorCode.NOT_FOUND;
			case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
			case 406 -> ErrorCode.NOT_ACCEPTABLE;
			case 408, 503, 504 -> ErrorCode.TIMEOUT;
			case 413, 414, 431 -> ErrorCode.PAYLOAD_TOO_LARGE;
			case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
			case 429 -> ErrorCode.LIMIT_EXCEEDED;
			default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.MALFORMED_REQUEST;
		};
	}

	/** A message for people, by status, for errors raised below Rootline's own code. */
	public static String messageFor(int status) {
		return switch (status) {
			case 400 -> "The request is malformed: check its path, headers and body";
			case 401 -> "Authentication is required: send Authorization: Bearer <token>";
			case 403 -> "Your roles do not allow this";
			case 404 -> "There is nothing at this address";
			case 405 -> "This method is not allowed here";
			case 406 -> "The response cannot be given in a type the Accept header allows";
			case 408 -> "The request took too long to arrive";
			case 413 -> "The request body is larger than allowed";
			case 414 -> "The address is longer than allowed";
			case 415 -> "The request's Content-Type is not accepted here";
			case 431 -> "The request's headers are larger than allowed";
			default -> status >= 500 ? "The service could not answer; try again later" : "The request was refused";
		};
	}

	public static Map<String, Object> body(String path, ErrorCode code, String message, String field) {
		if (path != null && (path.equals("/graphql") || path.startsWith("/graphql/"))) {
			return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name()))));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code.name());
		body.put("message", message);
		if (field != null && !field.isEmpty()) {
			body.put("field", field);
		}
		return body;
	}

	/** The same body as JSON text, for layers that write bytes themselves (Tomcat's valve). */
	static String json(String path, ErrorCode code, String message) {
		String text = "\"" + escape(message) + "\"";
		if (path != null && (path.equals("/graphql") || path.startsWith("/graphql/"))) {
			return "{\"errors\":[{\"message\":" + text + ",\"extensions\":{\"code\":\"" + code.name() + "\"}}]}";
		}
		return "{\"code\":\"" + code.name() + "\",\"message\":" + text + "}";
	}

	private static String escape(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
