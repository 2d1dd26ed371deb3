package com.rootline.agent;

import java.time.ZonedDateTime;
import java.util.Map;

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

	/** An agent from its node's own properties, as a query returns them ({@code a {.*}}). */
	public static Agent of(Map<String, Object> m) {
		return new Agent((String) m.get("id"), constant(Kind.class, m.get("kind")), constant(Role.class, m.get("role")),
				(String) m.get("name"),
				(String) m.get("company"), (String) m.get("email"), (String) m.get("phone"),
				!Boolean.FALSE.equals(m.get("active")), (ZonedDateTime) m.get("createdAt"), (Long) m.get("version"),
				(String) m.get("timeZone"), (String) m.get("signature"));
	}

	private static <E extends Enum<E>> E constant(Class<E> type, Object name) {
		return name == null ? null : Enum.valueOf(type, (String) name);
	}

}
