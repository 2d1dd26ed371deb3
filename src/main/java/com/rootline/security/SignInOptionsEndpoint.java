package com.rootline.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a browser app may sign in: always with a pasted API token, and with the organisation's OIDC
 * provider (authorization code with PKCE, as a public client) when an issuer and a client id are
 * configured. Public, like the discovery document it points to.
 */
@RestController
class SignInOptionsEndpoint {

	record Oidc(String issuer, String clientId, String scope) {
	}

	record SignInOptions(Oidc oidc) {
	}

	private final SignInOptions options;

	SignInOptionsEndpoint(@Value("${rootline.security.oidc.issuer-uri:}") String issuer,
			@Value("${rootline.security.oidc.client-id:}") String clientId,
			@Value("${rootline.security.oidc.scope:openid profile}") String scope) {
		this.options = new SignInOptions(
				issuer.isBlank() || clientId.isBlank() ? null : new Oidc(issuer, clientId, scope));
	}

	@GetMapping("/auth/options")
	SignInOptions options() {
		return options;
	}

}
