package com.rootline.campaign;

import java.time.ZonedDateTime;
import java.util.Map;

/** A campaign as stored; its segment is the contacts filter as JSON. */
record Campaign(String id, String name, String templateId, String segment, String signedById, Status status,
		ZonedDateTime scheduledFor, String createdBy, ZonedDateTime createdAt, ZonedDateTime startedAt,
		ZonedDateTime finishedAt) {

	enum Status {

		DRAFT, SCHEDULED, RUNNING, COMPLETED, CANCELLED

	}

	record Figures(long recipients, long queued, long sent, long failed, long suppressed, long unsubscribed, long opened,
			long clicked) {
	}

	static Campaign of(Map<String, Object> m) {
		return new Campaign((String) m.get("id"), (String) m.get("name"), (String) m.get("templateId"),
				(String) m.get("segment"), (String) m.get("signedById"), Status.valueOf((String) m.get("status")),
				(ZonedDateTime) m.get("scheduledFor"), (String) m.get("createdBy"), (ZonedDateTime) m.get("createdAt"),
				(ZonedDateTime) m.get("startedAt"), (ZonedDateTime) m.get("finishedAt"));
	}

}
