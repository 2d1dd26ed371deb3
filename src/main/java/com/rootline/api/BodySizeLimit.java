package com.rootline.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
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
 * Refuses a GraphQL request body larger than {@code rootline.limits.max-request-body} (1 MB) with
 * 413 before it is read: a query is at most 20,000 characters, so anything near the limit is a
 * mistake or an attack. Uploads have their own limit (spring.servlet.multipart).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long maxBytes;

	BodySizeLimit(@Value("${rootline.limits.max-request-body:1MB}") DataSize max) {
		this.maxBytes = max.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(413);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader("Connection", "close");
			response.getOutputStream()
				.write(JSON.writeValueAsBytes(HttpErrors.body(request.getRequestURI(), ErrorCode.PAYLOAD_TOO_LARGE,
						"The request body is larger than " + maxBytes + " bytes", null)));
			return;
		}
		chain.doFilter(request, response);
	}

}
