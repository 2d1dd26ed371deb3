package com.rootline.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles of Rootline. ADMIN includes BROKER; BROKER includes AGENT and MARKETING; both of those
 * include VIEWER (see {@link SecurityConfiguration#roleHierarchy()}).
 */
public enum Role {

	ADMIN, BROKER, AGENT, MARKETING, VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

	static Optional<Role> fromClaim(String value) {
		String v = value.toUpperCase(Locale.ROOT);
		if (v.startsWith("ROLE_")) {
			v = v.substring(5);
		}
		if (v.startsWith("ROOTLINE_")) {
			v = v.substring(9);
		}
		for (Role role : values()) {
			if (role.name().equals(v)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
