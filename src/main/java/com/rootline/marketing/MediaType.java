package com.rootline.marketing;

import java.util.Map;

/** A kind of advertising: radio, TV, internet, print, direct mail, signage, events, ... */
public record MediaType(String id, String key, String name) {

	static MediaType of(Map<String, Object> m) {
		return new MediaType((String) m.get("id"), (String) m.get("key"), (String) m.get("name"));
	}

}
