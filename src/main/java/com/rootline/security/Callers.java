package com.rootline.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the caller of the current request from feature code. */
public final class Callers {

	private Callers() {
	}

	public static Optional<Caller> current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof Caller caller) {
			return Optional.of(caller);
		}
		return Optional.empty();
	}

	/** A short description of who did something, for audit fields such as {@code changedBy}. */
	public static String currentName() {
		return current().map(c -> c.kind() + ":" + c.name()).orElse("system");
	}

}
