package com.rootline.lead;

import java.time.ZonedDateTime;
import java.util.List;

/** One web site's key for posting leads. */
record LeadSite(String id, String name, String publicKey, String outletId, List<String> allowedOrigins,
		ZonedDateTime createdAt, ZonedDateTime revokedAt) {

	boolean active() {
		return revokedAt == null;
	}

	boolean allows(String origin) {
		return origin != null && allowedOrigins.contains(origin.toLowerCase(java.util.Locale.ROOT));
	}

	/** A statement's row with a site node's properties in its {@code site} column. */
	record Row(LeadSite site) {
	}

}
