package com.rootline.contact;

import java.time.ZonedDateTime;

/** One entry of a contact's log of calls, e-mails, meetings, texts and notes. */
public record Interaction(String id, String contactId, String kind, String direction, ZonedDateTime occurredAt,
		String summary, String loggedBy) {
}
