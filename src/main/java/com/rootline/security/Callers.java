package com.rootline.security;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
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

	/**
	 * Runs background work (an import job) as the caller who started it, so that audit fields name
	 * that person and not "system".
	 */
	public static void runAs(Caller caller, Runnable work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(caller, null,
				caller.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** A short description of who did something, for audit fields such as {@code changedBy}. */
	public static String currentName() {
		return current().map(c -> c.kind() + ":" + c.name()).orElse("system");
	}

}
