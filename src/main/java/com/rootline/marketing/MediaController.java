package com.rootline.marketing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.graph.Statements;
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

	private final Statements statements;

	MediaController(MediaCatalog catalog, Statements statements) {
		this.catalog = catalog;
		this.statements = statements;
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
		statements.all("marketing/outlets-of-types", new TypeIds(types.stream().map(MediaType::id).toList()), OfType.class)
			.forEach(r -> byType.computeIfAbsent(r.typeId(), k -> new ArrayList<>()).add(r.outlet().outlet()));
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

	private record TypeIds(List<String> typeIds) {
	}

	private record OfType(String typeId, MediaOutlet.Node outlet) {
	}

}
