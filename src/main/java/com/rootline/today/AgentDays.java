package com.rootline.today;

import java.time.LocalDate;
import java.time.ZoneId;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;
import com.rootline.api.TimeZones;
import org.springframework.stereotype.Component;

/** Whose day it is: a team agent, their time zone and today there. */
@Component
class AgentDays {

	private final AgentReader agents;

	private final TimeZones zones;

	AgentDays(AgentReader agents, TimeZones zones) {
		this.agents = agents;
		this.zones = zones;
	}

	record AgentDay(Agent agent, ZoneId zone, LocalDate today) {
	}

	/** The deployment's zone when {@code agentId} is null. */
	AgentDay of(String agentId, String argument) {
		if (agentId == null) {
			return new AgentDay(null, zones.deployment(), zones.today(zones.deployment()));
		}
		Agent agent = agents.find(agentId)
			.orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, argument + ": no agent " + agentId));
		if (agent.isPartner()) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, argument + ": " + agent.name()
					+ " is a partner; call lists and dates belong to team agents");
		}
		ZoneId zone = agent.zone(zones.deployment());
		return new AgentDay(agent, zone, zones.today(zone));
	}

}
