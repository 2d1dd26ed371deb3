/**
 * Who may call the API: Bearer API tokens issued by Rootline (stored as SHA-256 hashes) or, when
 * an OIDC issuer is configured, JWTs whose roles claim maps to Rootline roles. Every GraphQL
 * mapping must declare its roles with {@code @PreAuthorize}; start-up fails if one does not.
 */
package com.rootline.security;
