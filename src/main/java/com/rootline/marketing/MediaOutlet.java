package com.rootline.marketing;

import java.util.Map;

/** A specific station, site or publication we advertise in. */
public record MediaOutlet(String id, String name, String mediaTypeId, String website, String notes, boolean active) {

	/** An outlet from its node's own properties, as a query returns them ({@code o {.*}}). */
	public static MediaOutlet of(Map<String, Object> m) {
		return new MediaOutlet((String) m.get("id"), (String) m.get("name"), (String) m.get("mediaTypeId"),
				(String) m.get("website"), (String) m.get("notes"), !Boolean.FALSE.equals(m.get("active")));
	}

}
