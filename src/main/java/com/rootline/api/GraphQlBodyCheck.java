package com.rootline.api;

import java.io.IOException;
import java.io.PushbackInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two checks of a GraphQL request body before anything reads it: larger than
 * {@code rootline.limits.max-request-body} (1 MB; a query is at most 20,000 characters) is 413, and
 * a JSON body that is not an object ({@code null}, a string, a number) is 400. Spring for GraphQL
 * answered a {@code null} body with an internal error. Only the first byte is looked at.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class GraphQlBodyCheck extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long maxBytes;

	GraphQlBodyCheck(@Value("${rootline.limits.max-request-body:1MB}") DataSize max) {
		this.maxBytes = max.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().equals("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			refuse(request, response, 413, ErrorCode.PAYLOAD_TOO_LARGE,
					"The request body is larger than " + maxBytes + " bytes");
			return;
		}
		String type = request.getContentType();
		if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON)) {
			chain.doFilter(request, response);
			return;
		}
		PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 1);
		int first = body.read();
		while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
			first = body.read();
		}
		if (first != '{' && first != '[') {
			refuse(request, response, 400, ErrorCode.MALFORMED_REQUEST,
					"The request body must be one JSON object with a \"query\"");
			return;
		}
		body.unread(first);
		chain.doFilter(new Peeked(request, body), response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code,
			String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader("Connection", "close");
		response.getOutputStream().write(JSON.writeValueAsBytes(HttpErrors.body(request.getRequestURI(), code, message, null)));
	}

	/** The request with its body stream as read so far, the peeked byte put back. */
	private static final class Peeked extends HttpServletRequestWrapper {

		private final ServletInputStream stream;

		Peeked(HttpServletRequest request, PushbackInputStream body) throws IOException {
			super(request);
			ServletInputStream original = request.getInputStream();
			this.stream = new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return body.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return body.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return original.isFinished();
				}

				@Override
				public boolean isReady() {
					return original.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					original.setReadListener(listener);
				}

			};
		}

		@Override
		public ServletInputStream getInputStream() {
			return stream;
		}

	}

}
