package com.rootline.agent;

import java.time.ZonedDateTime;
import java.util.Map;

/** A team member or an outside referral partner. */
public record Agent(String id, String kind, String role, String name, String company, String email, String phone,
		boolean active, ZonedDateTime createdAt, long version, String timeZone, String signature) {

	/** The agent's own time zone, or the deployment's when the agent has none. */
	public java.time.ZoneId zone(java.time.ZoneId deployment) {
		return timeZone == null ? deployment : java.time.ZoneId.of(timeZone);
	}

	public boolean isPartner() {
		return "PARTNER".equals(kind);
	}

	/** An agent from its node's own properties, as a query returns them ({@code a {.*}}). */
	public static Agent of(Map<String, Object> m) {
		return new Agent((String) m.get("id"), (String) m.get("kind"), (String) m.get("role"), (String) m.get("name"),
				(String) m.get("company"), (String) m.get("email"), (String) m.get("phone"),
				!Boolean.FALSE.equals(m.get("active")), (ZonedDateTime) m.get("createdAt"), (Long) m.get("version"),
				(String) m.get("timeZone"), (String) m.get("signature"));
	}

}
