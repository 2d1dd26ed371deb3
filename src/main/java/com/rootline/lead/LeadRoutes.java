package com.rootline.lead;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.Problems;
import com.rootline.api.UserErrorCode;
import com.rootline.graph.Statements;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import com.rootline.marketing.MediaCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The routing rules, kept as data: per outlet, round-robin among named team agents. */
@Component
class LeadRoutes {

	private final Statements statements;

	private final AgentReader agents;

	private final MediaCatalog media;

	private final EmailTemplates templates;

	LeadRoutes(Statements statements, AgentReader agents, MediaCatalog media,
			EmailTemplates templates) {
		this.statements = statements;
		this.agents = agents;
		this.media = media;
		this.templates = templates;
	}

	record SaveLeadRouteInput(String outletId, List<String> agentIds, Integer callWithinMinutes,
			String welcomeTemplateId, String notificationTemplateId) {
	}

	/** A lead's rule and the agent whose turn it is (empty agent: the rule names no active one). */
	record Turn(LeadRoute route, Optional<String> agentId) {
	}

	List<LeadRoute> all() {
		return statements.all("lead/routes", LeadRoute.Row.class).stream().map(LeadRoute.Row::route).toList();
	}

	/**
	 * The rule for an outlet's lead, taking the next agent's turn when {@code takeTurn} (in the
	 * caller's transaction); empty when no rule applies.
	 */
	Optional<Turn> next(String outletId, boolean takeTurn) {
		return statements.one("lead/route-next", new Next(outletId, takeTurn), NextRow.class)
			.map(r -> new Turn(r.route(), Optional.ofNullable(r.agentId())));
	}

	/** @throws com.rootline.api.UserErrorsException NOT_FOUND, WRONG_AGENT_KIND, OUT_OF_RANGE, WRONG_PURPOSE */
	@Transactional
	LeadRoute save(SaveLeadRouteInput input) {
		Problems problems = new Problems();
		if (input.outletId() != null && media.outlets(List.of(input.outletId())).isEmpty()) {
			problems.add(UserErrorCode.NOT_FOUND, "No outlet " + input.outletId(), "outletId");
		}
		List<String> agentIds = input.agentIds() == null ? List.of() : input.agentIds().stream().distinct().toList();
		if (agentIds.isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "Name at least one agent to receive the leads", "agentIds");
		}
		Map<String, Agent> found = agents.findAll(agentIds);
		for (int i = 0; i < agentIds.size(); i++) {
			Agent agent = found.get(agentIds.get(i));
			if (agent == null) {
				problems.add(UserErrorCode.NOT_FOUND, "No agent " + agentIds.get(i), "agentIds", i);
			}
			else if (agent.isPartner()) {
				problems.add(UserErrorCode.WRONG_AGENT_KIND, agent.name() + " is a partner; leads go to team agents", "agentIds", i);
			}
		}
		int minutes = input.callWithinMinutes() == null ? 15 : input.callWithinMinutes();
		if (minutes < 1 || minutes > 7 * 24 * 60) {
			problems.add(UserErrorCode.OUT_OF_RANGE, "Between 1 minute and a week", "callWithinMinutes");
		}
		problems.throwIfAny();
		String welcome = input.welcomeTemplateId() == null ? LeadRoute.WELCOME : input.welcomeTemplateId();
		String notification = input.notificationTemplateId() == null ? LeadRoute.NOTIFICATION
				: input.notificationTemplateId();
		templates.require(welcome, EmailTemplate.Purpose.LEAD_WELCOME, "welcomeTemplateId");
		templates.require(notification, EmailTemplate.Purpose.LEAD_NOTIFICATION, "notificationTemplateId");
		Save save = new Save(input.outletId() == null ? LeadRoute.DEFAULT_KEY : input.outletId(), input.outletId(),
				agentIds, minutes, welcome, notification);
		return statements.one("lead/route-save", save, LeadRoute.Row.class).orElseThrow().route();
	}

	private record Next(String outletId, boolean takeTurn) {
	}

	/** The rule, and the agent whose turn it is (null when the rule names no active one). */
	private record NextRow(LeadRoute route, String agentId) {
	}

	private record Save(String routeKey, String outletId, List<String> agentIds, int callWithinMinutes,
			String welcomeTemplateId, String notificationTemplateId) {
	}

}
