package com.rootline.marketing;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Media types and outlets; other features read outlets through it. Reads by id, one statement each,
 * open no transaction of their own (see {@code ContactReader}).
 */
@Service
public class MediaCatalog {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	MediaCatalog(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	record CreateMediaTypeInput(String key, String name) {
	}

	record CreateMediaOutletInput(String mediaTypeId, String name, String website, String notes) {
	}

	record UpdateMediaOutletInput(String id, String name, String website, String notes, Boolean active) {
	}

	public Map<String, MediaOutlet> outlets(Collection<String> ids) {
		Map<String, MediaOutlet> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		neo4j.query(queries.get("marketing/outlets-by-ids"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(MediaOutlet.class)
			.mappedBy((t, r) -> MediaOutlet.of(r.get("outlet").asMap()))
			.all()
			.forEach(o -> result.put(o.id(), o));
		return result;
	}

	public Map<String, MediaType> types(Collection<String> ids) {
		Map<String, MediaType> result = new HashMap<>();
		neo4j.query(queries.get("marketing/types-by-ids"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(MediaType.class)
			.mappedBy((t, r) -> MediaType.of(r.get("type").asMap()))
			.all()
			.forEach(m -> result.put(m.id(), m));
		return result;
	}

	@Transactional(readOnly = true)
	List<MediaType> allTypes() {
		return List.copyOf(neo4j.query(queries.get("marketing/media-types"))
			.fetchAs(MediaType.class)
			.mappedBy((t, r) -> MediaType.of(r.get("type").asMap()))
			.all());
	}

	@Transactional(readOnly = true)
	List<MediaOutlet> findOutlets(String mediaTypeId, String search) {
		Map<String, Object> params = new HashMap<>();
		params.put("mediaTypeId", mediaTypeId);
		params.put("search", search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT));
		return List.copyOf(neo4j.query(queries.get("marketing/outlets"))
			.bindAll(params)
			.fetchAs(MediaOutlet.class)
			.mappedBy((t, r) -> MediaOutlet.of(r.get("outlet").asMap()))
			.all());
	}

	@Transactional
	MediaType createType(CreateMediaTypeInput input) {
		Problems problems = new Problems();
		String key = input.key() == null ? "" : input.key().strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
		if (!key.matches("[A-Z][A-Z0-9_]{0,39}")) {
			problems.add(UserErrorCode.INVALID, "A key is letters, digits and underscores, at most 40", "key");
		}
		if (input.name() == null || input.name().isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "A media type needs a name", "name");
		}
		problems.maxLength(input.name(), 100, "name");
		problems.throwIfAny();
		if (allTypes().stream().anyMatch(t -> t.key().equals(key))) {
			throw new UserErrorsException(UserError.of(UserErrorCode.DUPLICATE_NAME, "Media type " + key + " exists", "key"));
		}
		return neo4j.query(queries.get("marketing/create-media-type"))
			.bindAll(Map.of("id", UUID.randomUUID().toString(), "key", key, "name", input.name().strip()))
			.fetchAs(MediaType.class)
			.mappedBy((t, r) -> MediaType.of(r.get("type").asMap()))
			.one()
			.orElseThrow();
	}

	@Transactional
	MediaOutlet createOutlet(CreateMediaOutletInput input) {
		Problems problems = new Problems();
		checkOutletTexts(input.name(), input.website(), input.notes(), problems);
		problems.throwIfAny();
		refuseTakenName(input.name(), null);
		Map<String, Object> params = new HashMap<>();
		params.put("id", UUID.randomUUID().toString());
		params.put("mediaTypeId", input.mediaTypeId());
		params.put("name", input.name().strip());
		params.put("website", blankToNull(input.website()));
		params.put("notes", blankToNull(input.notes()));
		return neo4j.query(queries.get("marketing/create-outlet"))
			.bindAll(params)
			.fetchAs(MediaOutlet.class)
			.mappedBy((t, r) -> MediaOutlet.of(r.get("outlet").asMap()))
			.one()
			.orElseThrow(() -> new UserErrorsException(
					UserError.of(UserErrorCode.NOT_FOUND, "No media type " + input.mediaTypeId(), "mediaTypeId")));
	}

	@Transactional
	MediaOutlet updateOutlet(UpdateMediaOutletInput input) {
		MediaOutlet current = outlets(List.of(input.id())).get(input.id());
		if (current == null) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No outlet " + input.id(), "id"));
		}
		String name = input.name() == null ? current.name() : input.name();
		Problems problems = new Problems();
		checkOutletTexts(name, input.website(), input.notes(), problems);
		problems.throwIfAny();
		refuseTakenName(name, current.id());
		Map<String, Object> props = new HashMap<>();
		props.put("name", name.strip());
		if (input.website() != null) {
			props.put("website", blankToNull(input.website()));
		}
		if (input.notes() != null) {
			props.put("notes", blankToNull(input.notes()));
		}
		if (input.active() != null) {
			props.put("active", input.active());
		}
		return neo4j.query(queries.get("marketing/update-outlet"))
			.bindAll(Map.of("id", input.id(), "props", props))
			.fetchAs(MediaOutlet.class)
			.mappedBy((t, r) -> MediaOutlet.of(r.get("outlet").asMap()))
			.one()
			.orElseThrow();
	}

	private void refuseTakenName(String name, String exceptId) {
		Map<String, Object> params = new HashMap<>();
		params.put("name", name.strip());
		params.put("exceptId", exceptId);
		boolean taken = neo4j.query(queries.get("marketing/outlet-name-taken"))
			.bindAll(params)
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (taken) {
			throw new UserErrorsException(UserError.of(UserErrorCode.DUPLICATE_NAME, "An outlet named " + name + " exists", "name"));
		}
	}

	private static void checkOutletTexts(String name, String website, String notes, Problems problems) {
		if (name == null || name.isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "An outlet needs a name", "name");
		}
		problems.maxLength(name, 200, "name").maxLength(website, 500, "website").maxLength(notes, 2000, "notes");
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
