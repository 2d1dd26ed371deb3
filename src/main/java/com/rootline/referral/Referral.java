package com.rootline.referral;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One origin edge: current ({@code validTo} null) or ended. {@code referrer} is a Contact or an Agent. */
record Referral(String id, String contactId, Object referrer, LocalDate referredOn, String note, LocalDate validFrom,
		LocalDate validTo, String recordedBy, ZonedDateTime recordedAt, String endedBy) {

	/** The edge's own properties, as the history and origin statements return them. */
	record Edge(String id, LocalDate referredOn, String note, LocalDate validFrom, LocalDate validTo, String recordedBy,
			ZonedDateTime recordedAt, String endedBy) {
	}

	static Referral of(String contactId, Edge edge, Object referrer) {
		return new Referral(edge.id(), contactId, referrer, edge.referredOn(), edge.note(), edge.validFrom(),
				edge.validTo(), edge.recordedBy(), edge.recordedAt(), edge.endedBy());
	}

}
