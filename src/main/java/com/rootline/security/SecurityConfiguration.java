package com.rootline.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Stateless Bearer authentication for the API and the report endpoints; health probes are open.
 * A token with two dots is a JWT and goes to the OIDC issuer (when one is configured); anything
 * else is looked up as a Rootline API token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN").implies("BROKER")
			.role("BROKER").implies("AGENT", "MARKETING")
			.role("AGENT").implies("VIEWER")
			.role("MARKETING").implies("VIEWER")
			.build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, AuthenticationManagerResolver<HttpServletRequest> resolver,
			@Value("${rootline.graphiql.enabled:false}") boolean graphiql,
			@Value("${rootline.security.oidc.issuer-uri:}") String issuer) throws Exception {
		http.csrf(csrf -> csrf.disable())
			// The web app keeps its token in the tab: its page may run only its own scripts and talk
			// only to this service (and the sign-in provider), so injected markup cannot send it away.
			.headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
					request -> APP_PAGES.contains(request.getRequestURI()),
					new StaticHeadersWriter("Content-Security-Policy", appPolicy(issuer)))))
			.cors(Customizer.withDefaults())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> {
				auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
				if (graphiql) {
					auth.requestMatchers("/graphiql", "/webjars/graphiql/**", "/webjars/react/**", "/webjars/react-dom/**")
						.permitAll();
				}
				auth.requestMatchers("/error").permitAll();
				// The web app's page and assets hold no data: it signs in and calls /graphql like any client.
				auth.requestMatchers("/", "/index.html", "/assets/**", "/auth/options").permitAll();
				// A calendar feed's URL carries its own unguessable secret: calendar apps send no bearer token.
				auth.requestMatchers("/calendar/*.ics").permitAll();
				// Unsubscribe links and the brokerage's web forms carry no bearer token either.
				auth.requestMatchers("/unsubscribe/*", "/leads", "/mail/o/*", "/mail/c/*/*").permitAll();
				auth.requestMatchers("/actuator/**").hasRole("ADMIN");
				auth.anyRequest().authenticated();
			})
			.exceptionHandling(e -> e.authenticationEntryPoint(JsonSecurityErrors.entryPoint())
				.accessDeniedHandler(JsonSecurityErrors.accessDenied()))
			.oauth2ResourceServer(oauth -> oauth.authenticationManagerResolver(resolver)
				.authenticationEntryPoint(JsonSecurityErrors.entryPoint())
				.accessDeniedHandler(JsonSecurityErrors.accessDenied()));
		return http.build();
	}

	@Bean
	AuthenticationManagerResolver<HttpServletRequest> authenticationManagerResolver(ApiTokens tokens,
			@Value("${rootline.security.oidc.issuer-uri:}") String issuer,
			@Value("${rootline.security.oidc.roles-claim:roles}") String rolesClaim) {
		AuthenticationManager apiTokens = authentication -> {
			String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
			Caller caller = tokens.authenticate(secret)
				.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
			return authenticated(caller);
		};
		AuthenticationManager jwt = issuer.isBlank() ? null : jwtManager(issuer, rolesClaim);
		return request -> {
			String header = request.getHeader("Authorization");
			boolean looksLikeJwt = header != null && header.chars().filter(c -> c == '.').count() == 2;
			return (looksLikeJwt && jwt != null) ? jwt : apiTokens;
		};
	}

	private static final Set<String> APP_PAGES = Set.of("/", "/index.html");

	static String appPolicy(String issuer) {
		String provider = issuer == null || issuer.isBlank() ? "" : " " + java.net.URI.create(issuer.strip()).resolve("/")
			.toString()
			.replaceAll("/$", "");
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'"
				+ provider + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	static UsernamePasswordAuthenticationToken authenticated(Caller caller) {
		List<GrantedAuthority> authorities = caller.roles()
			.stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
	}

	private static AuthenticationManager jwtManager(String issuer, String rolesClaim) {
		// The issuer's discovery document is fetched on first use, so start-up does not depend on it.
		JwtDecoder decoder = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(new JwtRoles(rolesClaim));
		return new ProviderManager(provider);
	}

	/** Maps a JWT's roles claim (a list or a space-separated string) to Rootline roles; unknown roles are ignored. */
	static final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

		private final String claim;

		JwtRoles(String claim) {
			this.claim = claim;
		}

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			Object value = jwt.getClaims().get(claim);
			if (value instanceof Collection<?> list) {
				list.forEach(v -> Role.fromClaim(String.valueOf(v)).ifPresent(roles::add));
			}
			else if (value instanceof String s) {
				for (String part : s.split("[ ,]+")) {
					Role.fromClaim(part).ifPresent(roles::add);
				}
			}
			String name = jwt.getClaimAsString("preferred_username");
			Caller caller = new Caller(jwt.getSubject(), name != null ? name : jwt.getSubject(), roles,
					jwt.getClaimAsString("rootline_agent_id"), "oidc");
			return authenticated(caller);
		}

	}

}
