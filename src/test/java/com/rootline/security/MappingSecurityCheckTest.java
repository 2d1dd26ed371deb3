package com.rootline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

class MappingSecurityCheckTest extends IntegrationTest {

	@Autowired
	ApplicationContext context;

	@Test
	void everyMappingOfTheServiceDeclaresItsRoles() {
		assertThat(MappingSecurityCheck.unsecuredMappings(context)).isEmpty();
	}

	@Test
	void aMappingWithoutPreAuthorizeIsReported() {
		try (var small = new AnnotationConfigApplicationContext(OpenController.class, ClosedController.class)) {
			assertThat(MappingSecurityCheck.unsecuredMappings(small)).containsExactly("OpenController.forgotten");
		}
	}

	@Test
	void jwtRolesClaimMapsToRootlineRolesAndIgnoresOthers() {
		var jwt = org.springframework.security.oauth2.jwt.Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("user-1")
			.claim("preferred_username", "dana")
			.claim("roles", java.util.List.of("rootline_broker", "ROLE_VIEWER", "coffee"))
			.build();
		var auth = new SecurityConfiguration.JwtRoles("roles").convert(jwt);
		assertThat(auth.getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_BROKER", "ROLE_VIEWER");
		assertThat(((Caller) auth.getPrincipal()).name()).isEqualTo("dana");
	}

	@Controller
	static class OpenController {

		@QueryMapping
		String forgotten() {
			return "";
		}

	}

	@Controller
	@PreAuthorize("hasRole('ADMIN')")
	static class ClosedController {

		@QueryMapping
		String secured() {
			return "";
		}

	}

}
