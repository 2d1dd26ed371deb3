package com.rootline.security;

import java.io.IOException;
import java.util.Map;

import com.rootline.api.ErrorCode;
import com.rootline.api.HttpErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 in the typed JSON of {@link HttpErrors}, with the {@code WWW-Authenticate} header
 * RFC 6750 asks for (written by Spring's bearer-token entry point), instead of an empty body.
 */
final class JsonSecurityErrors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonSecurityErrors() {
	}

	static AuthenticationEntryPoint entryPoint() {
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		return (request, response, ex) -> {
			bearer.commence(request, response, ex);
			write(request, response, ErrorCode.UNAUTHENTICATED, message(ex));
		};
	}

	static AccessDeniedHandler accessDenied() {
		return (request, response, ex) -> {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			write(request, response, ErrorCode.FORBIDDEN, HttpErrors.messageFor(403));
		};
	}

	private static String message(AuthenticationException ex) {
		return ex instanceof org.springframework.security.authentication.BadCredentialsException
				|| ex instanceof org.springframework.security.oauth2.server.resource.InvalidBearerTokenException
				? "The token is unknown, revoked or expired" : HttpErrors.messageFor(401);
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String message)
			throws IOException {
		Map<String, Object> body = HttpErrors.body(request.getRequestURI(), code, message, null);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(JSON.writeValueAsBytes(body));
	}

}
