package com.rootline.lead;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;
import com.rootline.api.HttpErrors;
import com.rootline.graph.Retries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /leads?key=pk_…}: the brokerage's web forms, as JSON or as a plain HTML form. Every
 * accepted post is answered 202 with the same body, whether the person was known or new, so the
 * endpoint tells nobody which e-mail addresses Rootline holds. A browser's post must come from an
 * origin the site key names ({@link LeadCors} answers the pre-flights).
 */
@RestController
class LeadEndpoint {

	private static final Logger log = LoggerFactory.getLogger(LeadEndpoint.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> RECEIVED = Map.of("status", "RECEIVED",
			"message", "Thank you: we will be in touch shortly.");

	private final LeadSites sites;

	private final LeadIntake intake;

	private final LeadRateLimits limits;

	private final int maxBytes;

	LeadEndpoint(LeadSites sites, LeadIntake intake, LeadRateLimits limits,
			@Value("${rootline.leads.max-bytes:16384}") int maxBytes) {
		this.sites = sites;
		this.intake = intake;
		this.limits = limits;
		this.maxBytes = maxBytes;
	}

	@PostMapping(path = "/leads", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, ?>> post(@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		// Read from the query string, never as a request parameter: that would parse (and use up) a
		// form's body before its size is checked.
		String key = LeadCors.queryParameter(request, "key");
		byte[] body = body(request);
		if (body == null) {
			return error(HttpStatus.CONTENT_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE,
					"The form is larger than " + maxBytes + " bytes", null);
		}
		boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(contentType(request));
		boolean form = MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType(request));
		if (!json && !form) {
			return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
					"Send the form as application/json or application/x-www-form-urlencoded", null);
		}
		Map<String, List<String>> fields;
		try {
			fields = json ? jsonFields(body) : formFields(body);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return error(HttpStatus.BAD_REQUEST, ErrorCode.MALFORMED_REQUEST, "The form's body could not be read", null);
		}
		String siteKey = key != null ? key : first(fields, "key");
		Optional<LeadSite> site = sites.byKey(siteKey).filter(LeadSite::active);
		if (site.isEmpty()) {
			return error(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, "Unknown or revoked site key", "key");
		}
		String origin = request.getHeader("Origin");
		if (origin != null && !site.get().allows(origin)) {
			// A browser's post from a page the key does not name (a post without Origin is a server's).
			return error(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, "This site key does not accept forms from " + origin,
					"Origin");
		}
		if (origin != null) {
			LeadCors.Filter.allow(response, origin);
		}
		long retryAfter = limits.take(siteKey, request.getRemoteAddr());
		if (retryAfter > 0) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
				.body(HttpErrors.body("/leads", ErrorCode.RATE_LIMITED,
						"Too many forms at once; try again in " + retryAfter + " seconds", null));
		}
		LeadForm lead = form(fields);
		if (lead.isBot()) {
			log.debug("Lead from {} dropped: the honeypot field was filled", request.getRemoteAddr());
			return ResponseEntity.accepted().body(RECEIVED);
		}
		String token = idempotencyKey != null ? idempotencyKey : lead.formToken();
		if (token != null && (token.isBlank() || token.length() > 200)) {
			return error(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, "Idempotency-Key: 1 to 200 characters",
					"Idempotency-Key");
		}
		try {
			// A lead is one transaction that rolls back whole, so it runs again after a deadlock with a
			// concurrent lead or a timeout (the one retry policy for work nobody can resubmit by hand).
			Retries.jobStep(3, attempt -> {
				intake.submit(site.get(), lead, token);
				return null;
			});
		}
		catch (ApiException ex) {
			String message = ex.getMessage();
			int colon = message.indexOf(':');
			return error(HttpStatus.BAD_REQUEST, ex.code(), message, colon > 0 ? message.substring(0, colon) : null);
		}
		return ResponseEntity.accepted().body(RECEIVED);
	}

	/** The body, or null when it is over the cap (read no further than the cap either way). */
	private byte[] body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBytes) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(maxBytes + 1);
			return bytes.length > maxBytes ? null : bytes;
		}
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return request.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
					: MediaType.parseMediaType(request.getContentType());
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	private static Map<String, List<String>> formFields(byte[] body) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		String text = new String(body, StandardCharsets.UTF_8);
		for (String pair : text.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		}
		return fields;
	}

	private static Map<String, List<String>> jsonFields(byte[] body) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Map<?, ?> object = JSON.readValue(body, Map.class);
		object.forEach((name, value) -> {
			List<String> values = new ArrayList<>();
			if (value instanceof List<?> list) {
				list.forEach(v -> values.add(v == null ? null : String.valueOf(v)));
			}
			else if (value != null) {
				values.add(String.valueOf(value));
			}
			fields.put(String.valueOf(name), values);
		});
		return fields;
	}

	private static LeadForm form(Map<String, List<String>> fields) {
		List<String> communities = new ArrayList<>();
		fields.getOrDefault("communities", List.of()).forEach(c -> communities.addAll(LeadIntake.communities(c)));
		String consent = first(fields, "consentToEmail");
		boolean consented = consent != null
				&& List.of("true", "on", "yes", "1").contains(consent.strip().toLowerCase(Locale.ROOT));
		return new LeadForm(first(fields, "firstName"), first(fields, "lastName"), first(fields, "email"),
				first(fields, "phone"), first(fields, "message"), communities, first(fields, "priceRange"), consented,
				first(fields, "website"), first(fields, "formToken"));
	}

	private static String first(Map<String, List<String>> fields, String name) {
		List<String> values = fields.get(name);
		return values == null || values.isEmpty() ? null : values.getFirst();
	}

	private static ResponseEntity<Map<String, ?>> error(HttpStatus status, ErrorCode code, String message,
			String field) {
		return ResponseEntity.status(status).body(HttpErrors.body("/leads", code, message, field));
	}

}
