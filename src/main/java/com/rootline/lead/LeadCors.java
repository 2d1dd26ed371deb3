package com.rootline.lead;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * CORS pre-flights for {@code /leads}, per site key: a page may post from the origins its key names
 * and from no other. It runs before Spring Security, whose own CORS handling knows nothing of site
 * keys. The post itself is checked by {@link LeadEndpoint}, which reads the key from the body too.
 */
@Configuration(proxyBeanMethods = false)
class LeadCors {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> leadCorsFilter(LeadSites sites) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(sites));
		registration.addUrlPatterns("/leads");
		// Before Spring Security's filter chain (order -100).
		registration.setOrder(-110);
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		private final LeadSites sites;

		Filter(LeadSites sites) {
			this.sites = sites;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String origin = request.getHeader("Origin");
			if (origin == null || !"OPTIONS".equals(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			String key = queryParameter(request, "key");
			boolean allowed = sites.byKey(key).filter(LeadSite::active).map(s -> s.allows(origin)).orElse(false);
			if (allowed) {
				allow(response, origin);
				response.setHeader("Access-Control-Allow-Methods", "POST");
				response.setHeader("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key");
				response.setHeader("Access-Control-Max-Age", "600");
			}
			response.setStatus(allowed ? 204 : 403);
		}

		static void allow(HttpServletResponse response, String origin) {
			response.setHeader("Access-Control-Allow-Origin", origin);
			response.setHeader("Vary", "Origin");
		}

	}

	/** A parameter of the query string alone: reading a request parameter would use up a form's body. */
	static String queryParameter(HttpServletRequest request, String name) {
		String value = UriComponentsBuilder.fromUriString("/leads?" + Objects.toString(request.getQueryString(), ""))
			.build()
			.getQueryParams()
			.getFirst(name);
		return value == null ? null : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

}
