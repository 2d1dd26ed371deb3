package com.rootline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenID Connect provider of the test JVM, small but real over HTTP: discovery, a JWKS, an
 * authorization endpoint that signs the user in at once and redirects back with a code, and a token
 * endpoint that gives an RS256 access token only for the PKCE verifier of that code's challenge
 * (RFC 7636, S256). The service verifies its tokens as it would any issuer's.
 */
public final class TestOidc {

	public static final String CLIENT_ID = "rootline-web";

	/** Who the provider signs in: a broker, by the roles claim. */
	public static final Map<String, Object> USER = Map.of("sub", "olivia-1", "preferred_username", "Olivia OIDC",
			"roles", List.of("BROKER"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static HttpServer server;

	private static RSAKey key;

	private static final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

	/** Token exchanges refused for a wrong or missing verifier, for tests to assert none happened. */
	public static final AtomicInteger refusedExchanges = new AtomicInteger();

	private TestOidc() {
	}

	public static synchronized String issuer() {
		if (server == null) {
			start();
		}
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private static void start() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
				.keyID("test-key")
				.build();
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		server.createContext("/.well-known/openid-configuration", x -> json(x, 200, discovery()));
		server.createContext("/jwks", x -> json(x, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
		server.createContext("/authorize", TestOidc::authorize);
		server.createContext("/token", TestOidc::token);
		server.start();
	}

	private static Map<String, Object> discovery() {
		String issuer = issuer();
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuer);
		document.put("authorization_endpoint", issuer + "/authorize");
		document.put("token_endpoint", issuer + "/token");
		document.put("jwks_uri", issuer + "/jwks");
		document.put("response_types_supported", List.of("code"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("code_challenge_methods_supported", List.of("S256"));
		return document;
	}

	private static void authorize(HttpExchange x) throws IOException {
		Map<String, String> q = form(x.getRequestURI().getRawQuery());
		if (!CLIENT_ID.equals(q.get("client_id")) || !"S256".equals(q.get("code_challenge_method"))
				|| q.get("code_challenge") == null) {
			json(x, 400, Map.of("error", "invalid_request"));
			return;
		}
		String code = UUID.randomUUID().toString();
		codes.put(code, Map.of("challenge", q.get("code_challenge"), "redirect", q.get("redirect_uri")));
		x.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state=" + q.get("state"));
		x.sendResponseHeaders(302, -1);
		x.close();
	}

	private static void token(HttpExchange x) throws IOException {
		if ("OPTIONS".equals(x.getRequestMethod())) {
			json(x, 204, null);
			return;
		}
		Map<String, String> f = form(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		Map<String, String> issued = codes.remove(String.valueOf(f.get("code")));
		if (issued == null || f.get("code_verifier") == null
				|| !issued.get("challenge").equals(s256(f.get("code_verifier")))
				|| !issued.get("redirect").equals(f.get("redirect_uri"))) {
			refusedExchanges.incrementAndGet();
			json(x, 400, Map.of("error", "invalid_grant"));
			return;
		}
		json(x, 200, Map.of("access_token", accessToken(), "token_type", "Bearer", "expires_in", 3600));
	}

	/** A token for {@link #USER}, signed as the service expects from this issuer. */
	public static String accessToken() {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer())
			.subject((String) USER.get("sub"))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(3600)));
		USER.forEach((k, v) -> claims.claim(k, v));
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> form(String raw) {
		Map<String, String> values = new LinkedHashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	/** Browsers call discovery and the token endpoint from the app's origin: both allow any origin. */
	private static void json(HttpExchange x, int status, Object body) throws IOException {
		x.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
		x.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type");
		if (body == null) {
			x.sendResponseHeaders(status, -1);
		}
		else {
			byte[] bytes = JSON.writeValueAsBytes(body);
			x.getResponseHeaders().add("Content-Type", "application/json");
			x.sendResponseHeaders(status, bytes.length);
			x.getResponseBody().write(bytes);
		}
		x.close();
	}

}
