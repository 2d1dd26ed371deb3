package com.rootline.lead;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import com.rootline.marketing.MediaCatalog;
import com.rootline.marketing.MediaOutlet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code LeadRoute} type: who receives which outlet's leads (BROKER). */
@Controller
class LeadRouteController {

	private final LeadRoutes routes;

	private final MediaCatalog media;

	private final AgentReader agents;

	private final EmailTemplates templates;

	LeadRouteController(LeadRoutes routes, MediaCatalog media, AgentReader agents, EmailTemplates templates) {
		this.routes = routes;
		this.media = media;
		this.agents = agents;
		this.templates = templates;
	}

	record LeadRoutePayload(LeadRoute route, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('BROKER')")
	List<LeadRoute> leadRoutes() {
		return routes.all();
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	LeadRoutePayload saveLeadRoute(@Argument LeadRoutes.SaveLeadRouteInput input) {
		return Payloads.attempt(() -> routes.save(input), r -> new LeadRoutePayload(r, List.of()),
				errors -> new LeadRoutePayload(null, errors));
	}

	@BatchMapping(typeName = "LeadRoute")
	@PreAuthorize("hasRole('BROKER')")
	Map<LeadRoute, MediaOutlet> outlet(List<LeadRoute> list) {
		Map<String, MediaOutlet> outlets = media
			.outlets(list.stream().map(LeadRoute::outletId).filter(Objects::nonNull).distinct().toList());
		Map<LeadRoute, MediaOutlet> result = new HashMap<>();
		list.stream().filter(r -> outlets.containsKey(r.outletId())).forEach(r -> result.put(r, outlets.get(r.outletId())));
		return result;
	}

	@BatchMapping(typeName = "LeadRoute")
	@PreAuthorize("hasRole('BROKER')")
	Map<LeadRoute, List<Agent>> agents(List<LeadRoute> list) {
		Map<String, Agent> found = agents.findAll(list.stream().flatMap(r -> r.agentIds().stream()).distinct().toList());
		Map<LeadRoute, List<Agent>> result = new HashMap<>();
		list.forEach(r -> result.put(r, r.agentIds().stream().map(found::get).filter(Objects::nonNull).toList()));
		return result;
	}

	@BatchMapping(typeName = "LeadRoute")
	@PreAuthorize("hasRole('BROKER')")
	Map<LeadRoute, EmailTemplate> welcomeTemplate(List<LeadRoute> list) {
		return byTemplate(list, LeadRoute::welcomeTemplateId);
	}

	@BatchMapping(typeName = "LeadRoute")
	@PreAuthorize("hasRole('BROKER')")
	Map<LeadRoute, EmailTemplate> notificationTemplate(List<LeadRoute> list) {
		return byTemplate(list, LeadRoute::notificationTemplateId);
	}

	private Map<LeadRoute, EmailTemplate> byTemplate(List<LeadRoute> list,
			java.util.function.Function<LeadRoute, String> id) {
		Map<String, EmailTemplate> all = templates.byIds(list.stream().map(id).toList());
		Map<LeadRoute, EmailTemplate> result = new HashMap<>();
		list.stream().filter(r -> all.containsKey(id.apply(r))).forEach(r -> result.put(r, all.get(id.apply(r))));
		return result;
	}

}
