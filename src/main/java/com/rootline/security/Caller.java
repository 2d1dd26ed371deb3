package com.rootline.security;

import java.util.Set;

/**
 * The authenticated caller: an API token or an OIDC subject. {@code agentId} links the caller to a
 * team agent, so that what they log or import is attributed to that agent.
 */
public record Caller(String id, String name, Set<Role> roles, String agentId, String kind) {
}
