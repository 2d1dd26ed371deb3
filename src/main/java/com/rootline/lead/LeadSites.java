package com.rootline.lead;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.Statements;
import com.rootline.marketing.MediaCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sites allowed to post leads, each with its public key (ADMIN). */
@Component
class LeadSites {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Statements statements;

	private final MediaCatalog media;

	LeadSites(Statements statements, MediaCatalog media) {
		this.statements = statements;
		this.media = media;
	}

	record CreateLeadSiteInput(String name, String outletId, List<String> allowedOrigins) {
	}

	List<LeadSite> all() {
		return statements.all("lead/sites", LeadSite.Row.class).stream().map(LeadSite.Row::site).toList();
	}

	Optional<LeadSite> byKey(String publicKey) {
		if (publicKey == null || publicKey.isBlank() || publicKey.length() > 100) {
			return Optional.empty();
		}
		return statements.one("lead/site-by-key", new Key(publicKey), LeadSite.Row.class).map(LeadSite.Row::site);
	}

	/** @throws UserErrorsException REQUIRED, TOO_LONG, NOT_FOUND outlet, INVALID_ORIGIN (naming the entry) */
	@Transactional
	LeadSite create(CreateLeadSiteInput input) {
		Problems problems = new Problems();
		if (input.name() == null || input.name().isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "A site needs a name", "name");
		}
		problems.maxLength(input.name(), 100, "name");
		if (media.outlets(List.of(input.outletId())).isEmpty()) {
			problems.add(UserErrorCode.NOT_FOUND, "No outlet " + input.outletId(), "outletId");
		}
		List<String> origins = new ArrayList<>(new LinkedHashSet<>(origins(input.allowedOrigins(), problems)));
		if (input.allowedOrigins() == null || input.allowedOrigins().isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "Name at least one origin the site's forms are served from", "allowedOrigins");
		}
		problems.throwIfAny();
		byte[] secret = new byte[18];
		RANDOM.nextBytes(secret);
		NewSite site = new NewSite(UUID.randomUUID().toString(), input.name().strip(),
				"pk_" + HexFormat.of().formatHex(secret), input.outletId(), List.copyOf(origins));
		return statements.one("lead/site-create", site, LeadSite.Row.class).orElseThrow().site();
	}

	@Transactional
	LeadSite revoke(String id) {
		return statements.one("lead/site-revoke", new Id(id), LeadSite.Row.class)
			.map(LeadSite.Row::site)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No lead site " + id, "id")));
	}

	private record Key(String key) {
	}

	private record Id(String id) {
	}

	private record NewSite(String id, String name, String publicKey, String outletId, List<String> origins) {
	}

	/** Origins as browsers send them: scheme, host and a port other than the default, lower case. */
	private static List<String> origins(List<String> given, Problems problems) {
		List<String> origins = new ArrayList<>();
		for (int i = 0; given != null && i < given.size(); i++) {
			String text = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
			try {
				URI uri = new URI(text);
				boolean shaped = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
						&& (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getQuery() == null
						&& uri.getUserInfo() == null;
				if (!shaped) {
					throw new java.net.URISyntaxException(text, "not an origin");
				}
				origins.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
			}
			catch (java.net.URISyntaxException ex) {
				problems.add(UserErrorCode.INVALID_ORIGIN, "'" + given.get(i) + "' is not an origin such as https://homes.example.com",
						"allowedOrigins", i);
			}
		}
		return origins;
	}

}
