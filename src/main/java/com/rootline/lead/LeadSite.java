package com.rootline.lead;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** One web site's key for posting leads. */
record LeadSite(String id, String name, String publicKey, String outletId, List<String> allowedOrigins,
		ZonedDateTime createdAt, ZonedDateTime revokedAt) {

	boolean active() {
		return revokedAt == null;
	}

	boolean allows(String origin) {
		return origin != null && allowedOrigins.contains(origin.toLowerCase(java.util.Locale.ROOT));
	}

	@SuppressWarnings("unchecked")
	static LeadSite of(Map<String, Object> m) {
		return new LeadSite((String) m.get("id"), (String) m.get("name"), (String) m.get("publicKey"),
				(String) m.get("outletId"), List.copyOf((List<String>) m.get("allowedOrigins")),
				(ZonedDateTime) m.get("createdAt"), (ZonedDateTime) m.get("revokedAt"));
	}

}
