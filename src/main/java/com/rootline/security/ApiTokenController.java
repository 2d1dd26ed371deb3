package com.rootline.security;

import java.util.EnumSet;
import java.util.List;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record CreateApiTokenInput(String name, List<Role> roles, String agentId) {
	}

	record CreateApiTokenPayload(ApiTokens.TokenInfo token, String secret, List<UserError> userErrors) {
	}

	record RevokeApiTokenInput(String id) {
	}

	record RevokeApiTokenPayload(ApiTokens.TokenInfo token, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Caller me() {
		return Callers.current().orElseThrow();
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	List<ApiTokens.TokenInfo> apiTokens() {
		return tokens.list();
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	CreateApiTokenPayload createApiToken(@Argument CreateApiTokenInput input) {
		return Payloads.attempt(
				() -> tokens.create(input.name(), input.roles() == null || input.roles().isEmpty()
						? EnumSet.noneOf(Role.class) : EnumSet.copyOf(input.roles()), input.agentId(), null,
						Callers.currentName()),
				issued -> new CreateApiTokenPayload(issued.token(), issued.secret(), List.of()),
				errors -> new CreateApiTokenPayload(null, null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	RevokeApiTokenPayload revokeApiToken(@Argument RevokeApiTokenInput input) {
		return tokens.revoke(input.id(), Callers.currentName())
			.map(t -> new RevokeApiTokenPayload(t, List.of()))
			.orElseGet(() -> new RevokeApiTokenPayload(null,
					List.of(UserError.of(UserErrorCode.NOT_FOUND, "No API token with id " + input.id(), "id"))));
	}

}
