package com.rootline.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a body to error statuses that a handler set without one: Spring for GraphQL's router
 * answers a wrong method, content type or Accept header at {@code /graphql} with a bare 405, 415
 * or 406. Errors sent with {@code sendError} get theirs from {@link ErrorEndpoint}; responses with
 * a body are left alone. Nothing is buffered: the wrapper only notes whether a body was started.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorBodies extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Watched watched = new Watched(response);
		chain.doFilter(request, watched);
		int status = watched.getStatus();
		if (status >= 400 && !watched.sentError && !watched.bodyStarted && !response.isCommitted()) {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream()
				.write(JSON.writeValueAsBytes(HttpErrors.body(request.getRequestURI(), HttpErrors.codeFor(status),
						HttpErrors.messageFor(status), null)));
		}
	}

	private static final class Watched extends HttpServletResponseWrapper {

		private boolean sentError;

		private boolean bodyStarted;

		Watched(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int sc) throws IOException {
			sentError = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			sentError = true;
			super.sendError(sc, msg);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			bodyStarted = true;
			return super.getOutputStream();
		}

		@Override
		public java.io.PrintWriter getWriter() throws IOException {
			bodyStarted = true;
			return super.getWriter();
		}

	}

}
