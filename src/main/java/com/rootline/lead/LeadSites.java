package com.rootline.lead;

import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import com.rootline.marketing.MediaCatalog;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sites allowed to post leads, each with its public key (ADMIN). */
@Component
class LeadSites {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final MediaCatalog media;

	LeadSites(Neo4jClient neo4j, CypherQueries queries, MediaCatalog media) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.media = media;
	}

	record CreateLeadSiteInput(String name, String outletId, List<String> allowedOrigins) {
	}

	List<LeadSite> all() {
		return List.copyOf(neo4j.query(queries.get("lead/sites"))
			.fetchAs(LeadSite.class)
			.mappedBy((t, r) -> LeadSite.of(r.get("site").asMap()))
			.all());
	}

	Optional<LeadSite> byKey(String publicKey) {
		if (publicKey == null || publicKey.isBlank() || publicKey.length() > 100) {
			return Optional.empty();
		}
		return neo4j.query(queries.get("lead/site-by-key"))
			.bindAll(Map.of("key", publicKey))
			.fetchAs(LeadSite.class)
			.mappedBy((t, r) -> LeadSite.of(r.get("site").asMap()))
			.one();
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
		Map<String, Object> params = new HashMap<>();
		params.put("id", UUID.randomUUID().toString());
		params.put("name", input.name().strip());
		params.put("publicKey", "pk_" + HexFormat.of().formatHex(secret));
		params.put("outletId", input.outletId());
		params.put("origins", origins);
		return neo4j.query(queries.get("lead/site-create"))
			.bindAll(params)
			.fetchAs(LeadSite.class)
			.mappedBy((t, r) -> LeadSite.of(r.get("site").asMap()))
			.one()
			.orElseThrow();
	}

	@Transactional
	LeadSite revoke(String id) {
		return neo4j.query(queries.get("lead/site-revoke"))
			.bindAll(Map.of("id", id))
			.fetchAs(LeadSite.class)
			.mappedBy((t, r) -> LeadSite.of(r.get("site").asMap()))
			.one()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No lead site " + id, "id")));
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
