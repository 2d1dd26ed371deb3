package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.Map;

/** One entry of a contact's log of calls, e-mails, meetings, texts and notes. */
public record Interaction(String id, String contactId, String kind, String direction, ZonedDateTime occurredAt,
		String summary, String loggedBy) {

	static Interaction of(Map<String, Object> m) {
		return new Interaction((String) m.get("id"), (String) m.get("contactId"), (String) m.get("kind"),
				(String) m.get("direction"), (ZonedDateTime) m.get("occurredAt"), (String) m.get("summary"),
				(String) m.get("loggedBy"));
	}

}
