package com.rootline.referral;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

/** One origin edge: current ({@code validTo} null) or ended. {@code referrer} is a Contact or an Agent. */
record Referral(String id, String contactId, Object referrer, LocalDate referredOn, String note, LocalDate validFrom,
		LocalDate validTo, String recordedBy, ZonedDateTime recordedAt, String endedBy) {

	static Referral of(String contactId, Map<String, Object> edge, Object referrer) {
		return new Referral((String) edge.get("id"), contactId, referrer, (LocalDate) edge.get("referredOn"),
				(String) edge.get("note"), (LocalDate) edge.get("validFrom"), (LocalDate) edge.get("validTo"),
				(String) edge.get("recordedBy"), (ZonedDateTime) edge.get("recordedAt"), (String) edge.get("endedBy"));
	}

}
