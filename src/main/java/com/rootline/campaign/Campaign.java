package com.rootline.campaign;

import java.time.ZonedDateTime;

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

	/** A statement's row that holds a campaign node's properties ({@code k {.*} AS campaign}). */
	record Stored(Campaign campaign) {
	}

}
