package com.rootline.marketing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code MediaType} and {@code MediaOutlet} types: the media catalog. */
@Controller
class MediaController {

	private final MediaCatalog catalog;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	MediaController(MediaCatalog catalog, Neo4jClient neo4j, CypherQueries queries) {
		this.catalog = catalog;
		this.neo4j = neo4j;
		this.queries = queries;
	}

	record MediaOutletFilter(String mediaTypeId, String search) {
	}

	record CreateMediaTypePayload(MediaType mediaType, List<UserError> userErrors) {
	}

	record MediaOutletPayload(MediaOutlet outlet, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<MediaType> mediaTypes() {
		return catalog.allTypes();
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<MediaOutlet> mediaOutlets(@Argument MediaOutletFilter filter) {
		return catalog.findOutlets(filter == null ? null : filter.mediaTypeId(), filter == null ? null : filter.search());
	}

	@BatchMapping(typeName = "MediaType")
	@PreAuthorize("hasRole('VIEWER')")
	Map<MediaType, List<MediaOutlet>> outlets(List<MediaType> types) {
		Map<String, List<MediaOutlet>> byType = new HashMap<>();
		neo4j.query(queries.get("marketing/outlets-of-types"))
			.bind(types.stream().map(MediaType::id).toList())
			.to("typeIds")
			.fetch()
			.all()
			.forEach(r -> byType.computeIfAbsent((String) r.get("typeId"), k -> new java.util.ArrayList<>())
				.add(MediaOutlet.of(asMap(r.get("outlet")))));
		Map<MediaType, List<MediaOutlet>> result = new HashMap<>();
		types.forEach(t -> result.put(t, byType.getOrDefault(t.id(), List.of())));
		return result;
	}

	@BatchMapping(typeName = "MediaOutlet")
	@PreAuthorize("hasRole('VIEWER')")
	Map<MediaOutlet, MediaType> mediaType(List<MediaOutlet> outlets) {
		Map<String, MediaType> types = catalog.types(outlets.stream().map(MediaOutlet::mediaTypeId).distinct().toList());
		Map<MediaOutlet, MediaType> result = new HashMap<>();
		outlets.forEach(o -> result.put(o, types.get(o.mediaTypeId())));
		return result;
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	CreateMediaTypePayload createMediaType(@Argument MediaCatalog.CreateMediaTypeInput input) {
		return Payloads.attempt(() -> catalog.createType(input), t -> new CreateMediaTypePayload(t, List.of()),
				e -> new CreateMediaTypePayload(null, e));
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	MediaOutletPayload createMediaOutlet(@Argument MediaCatalog.CreateMediaOutletInput input) {
		return Payloads.attempt(() -> catalog.createOutlet(input), o -> new MediaOutletPayload(o, List.of()),
				e -> new MediaOutletPayload(null, e));
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	MediaOutletPayload updateMediaOutlet(@Argument MediaCatalog.UpdateMediaOutletInput input) {
		return Payloads.attempt(() -> catalog.updateOutlet(input), o -> new MediaOutletPayload(o, List.of()),
				e -> new MediaOutletPayload(null, e));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

}
