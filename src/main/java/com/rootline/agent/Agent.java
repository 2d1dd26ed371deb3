package com.rootline.agent;

import java.time.ZonedDateTime;
import java.util.Map;

import com.rootline.graph.Statements;

/** A team member or an outside referral partner. */
public record Agent(String id, Kind kind, Role role, String name, String company, String email, String phone,
		boolean active, ZonedDateTime createdAt, long version, String timeZone, String signature) {

	/** The agent's own time zone, or the deployment's when the agent has none. */
	public java.time.ZoneId zone(java.time.ZoneId deployment) {
		return timeZone == null ? deployment : java.time.ZoneId.of(timeZone);
	}

	public boolean isPartner() {
		return kind == Kind.PARTNER;
	}

	/** A member of the team, or an outside partner who refers business (the schema's AgentKind). */
	public enum Kind {

		TEAM, PARTNER

	}

	/** What an agent does (the schema's AgentRole); each role belongs to one kind of agent. */
	public enum Role {

		BROKER(Kind.TEAM), AGENT(Kind.TEAM), LOAN_OFFICER(Kind.TEAM), ASSISTANT(Kind.TEAM), MARKETING(Kind.TEAM),
		OUTSIDE_AGENT(Kind.PARTNER), BUILDER(Kind.PARTNER), LENDER(Kind.PARTNER), OTHER(Kind.PARTNER);

		private final Kind kind;

		Role(Kind kind) {
			this.kind = kind;
		}

		public Kind kind() {
			return kind;
		}

	}

	/** An agent from its node's own properties, as a query returned them whole ({@code a {.*}}). */
	public static Agent of(Map<String, Object> properties) {
		return Statements.row(properties, Node.class).agent();
	}

	/** An agent node's own properties; one stored without {@code active} is active. */
	record Node(String id, Kind kind, Role role, String name, String company, String email, String phone,
			Boolean active, ZonedDateTime createdAt, long version, String timeZone, String signature) {

		Agent agent() {
			return new Agent(id, kind, role, name, company, email, phone, !Boolean.FALSE.equals(active), createdAt,
					version, timeZone, signature);
		}

	}

	/** A statement's row with an agent node's properties in its {@code agent} column. */
	record Row(Node agent) {

		Agent value() {
			return agent.agent();
		}

	}

}
