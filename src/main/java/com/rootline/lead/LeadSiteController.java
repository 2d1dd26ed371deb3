package com.rootline.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.marketing.MediaCatalog;
import com.rootline.marketing.MediaOutlet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code LeadSite} type: the keys web forms post with (ADMIN). */
@Controller
class LeadSiteController {

	private final LeadSites sites;

	private final MediaCatalog media;

	LeadSiteController(LeadSites sites, MediaCatalog media) {
		this.sites = sites;
		this.media = media;
	}

	record RevokeLeadSiteInput(String id) {
	}

	record LeadSitePayload(LeadSite site, List<UserError> userErrors) {

		static LeadSitePayload ok(LeadSite site) {
			return new LeadSitePayload(site, List.of());
		}

		static LeadSitePayload failed(List<UserError> errors) {
			return new LeadSitePayload(null, errors);
		}

	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	List<LeadSite> leadSites() {
		return sites.all();
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	LeadSitePayload createLeadSite(@Argument LeadSites.CreateLeadSiteInput input) {
		return Payloads.attempt(() -> sites.create(input), LeadSitePayload::ok, LeadSitePayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	LeadSitePayload revokeLeadSite(@Argument RevokeLeadSiteInput input) {
		return Payloads.attempt(() -> sites.revoke(input.id()), LeadSitePayload::ok, LeadSitePayload::failed);
	}

	@SchemaMapping(typeName = "LeadSite")
	@PreAuthorize("hasRole('ADMIN')")
	boolean active(LeadSite site) {
		return site.active();
	}

	@BatchMapping(typeName = "LeadSite")
	@PreAuthorize("hasRole('ADMIN')")
	Map<LeadSite, MediaOutlet> outlet(List<LeadSite> list) {
		Map<String, MediaOutlet> outlets = media.outlets(list.stream().map(LeadSite::outletId).distinct().toList());
		Map<LeadSite, MediaOutlet> result = new HashMap<>();
		list.stream().filter(s -> outlets.containsKey(s.outletId())).forEach(s -> result.put(s, outlets.get(s.outletId())));
		return result;
	}

}
