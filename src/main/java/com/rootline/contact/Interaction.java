package com.rootline.contact;

import java.time.ZonedDateTime;

/** One entry of a contact's log of calls, e-mails, meetings, texts and notes. */
public record Interaction(String id, String contactId, Kind kind, Direction direction, ZonedDateTime occurredAt,
		String summary, String loggedBy) {

	public enum Kind {

		CALL, EMAIL, MEETING, TEXT, MAIL, NOTE, WEB_FORM;

		/**
		 * Whether it is a touch by the agent: a web form is what the person sent us, and leaves
		 * lastContactedAt as it was.
		 */
		public boolean touch() {
			return this != WEB_FORM;
		}

	}

	/** Who reached out: the contact (INBOUND) or we (OUTBOUND). */
	public enum Direction {

		INBOUND, OUTBOUND

	}

}
