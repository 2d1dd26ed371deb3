package com.rootline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.rootline.support.IntegrationTest;
import com.rootline.support.RawHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refused request is answered in the documented JSON with a stable code and nothing of the
 * server's insides, whichever layer refused it: Tomcat, Spring Security, Spring MVC, Spring for
 * GraphQL, graphql-java or Rootline. Requests are written byte by byte over a socket.
 */
class MalformedRequestsTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());

	private record Case(String name, int status, byte[] request) {
	}

	private static byte[] bytes(String... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String p : parts) {
			out.writeBytes(p.getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	private static byte[] request(String method, String path, String token, String contentType, byte[] body,
			String... headers) {
		StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
		if (token != null) {
			head.append("Authorization: Bearer ").append(token).append("\r\n");
		}
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		for (String h : headers) {
			head.append(h).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(body.length).append("\r\n");
		}
		head.append("\r\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		if (body != null) {
			out.writeBytes(body);
		}
		return out.toByteArray();
	}

	private static Case graphql(String name, int status, String body) {
		return new Case(name, status, request("POST", "/graphql", ADMIN, "application/json", bytes(body),
				"Accept: application/graphql-response+json"));
	}

	private static Case graphql(String name, int status, String contentType, byte[] body, String... headers) {
		return new Case(name, status, request("POST", "/graphql", ADMIN, contentType, body, headers));
	}

	private static Case get(String name, int status, String path, String token, String... headers) {
		return new Case(name, status, request("GET", path, token, null, null, headers));
	}

	private List<Case> cases() {
		String deep = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
		byte[] badUtf8 = { '{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
		byte[] twoMegabytes = ("{\"query\":\"{ me { name } }\",\"variables\":{\"x\":\"" + "a".repeat(2_000_000) + "\"}}")
			.getBytes(StandardCharsets.UTF_8);
		String ok = "{\"query\":\"{ me { name } }\"}";
		List<Case> cases = new ArrayList<>(List.of(
				graphql("malformed JSON", 400, "{"),
				graphql("an empty body", 400, ""),
				graphql("query null", 400, "{\"query\": null}"),
				graphql("query a number", 400, "{\"query\": 5}"),
				graphql("query an object", 400, "{\"query\": {}}"),
				graphql("variables a string", 400, "{\"query\":\"{ me { name } }\",\"variables\":\"x\"}"),
				graphql("variables a list", 400, "{\"query\":\"{ me { name } }\",\"variables\":[1]}"),
				graphql("variables nested 1,000 deep", 400, "{\"query\":\"{ me { name } }\",\"variables\":" + deep + "}"),
				graphql("a body nested 1,000 deep", 400, deep),
				graphql("a JSON string", 400, "\"just text\""),
				graphql("JSON null", 400, "null"),
				graphql("trailing garbage", 400, ok + " }}}"),
				graphql("a batched array", 400, "[" + ok + "," + ok + "]"),
				graphql("invalid UTF-8", 400, "application/json", badUtf8),
				graphql("text/plain", 415, "text/plain", bytes(ok)),
				graphql("application/xml", 415, "application/xml", bytes("<query/>")),
				graphql("no content type", 415, null, bytes(ok)),
				graphql("multipart to /graphql", 415, "multipart/form-data; boundary=x", bytes("--x--\r\n")),
				graphql("a 2 MB body", 413, "application/json", twoMegabytes),
				graphql("Accept image/png", 406, "application/json", bytes(ok), "Accept: image/png"),
				graphql("a syntax error", 400, "{\"query\":\"{\"}"),
				graphql("an unknown field", 400, "{\"query\":\"{ nope }\"}"),
				graphql("two operations, none named", 400, "{\"query\":\"query A { me { name } } query B { me { name } }\"}"),
				graphql("an unknown operationName", 400, "{\"query\":\"{ me { name } }\",\"operationName\":\"X\"}"),
				graphql("a wrong variable type", 400, "{\"query\":\"query($n: Int) { contacts(first: $n) { totalCount } }\","
						+ "\"variables\":{\"n\":\"many\"}}"),
				new Case("GET /graphql", 405, request("GET", "/graphql?query=%7Bme%7Bname%7D%7D", ADMIN, null, null)),
				new Case("PUT /graphql", 405, request("PUT", "/graphql", ADMIN, "application/json", bytes(ok))),
				new Case("DELETE /graphql", 405, request("DELETE", "/graphql", ADMIN, null, null)),
				new Case("PATCH /graphql", 405, request("PATCH", "/graphql", ADMIN, "application/json", bytes(ok))),
				new Case("no token", 401, request("POST", "/graphql", null, "application/json", bytes(ok))),
				new Case("an unknown token", 401, request("POST", "/graphql", "rl_nope_nope_nope_nope_nope", "application/json",
						bytes(ok))),
				new Case("Basic authentication", 401, request("POST", "/graphql", null, "application/json", bytes(ok),
						"Authorization: Basic dXNlcjpwYXNz")),
				new Case("an empty bearer token", 401, request("POST", "/graphql", null, "application/json", bytes(ok),
						"Authorization: Bearer ")),
				new Case("a 64 KB Authorization header", 400, request("POST", "/graphql", null, "application/json", bytes(ok),
						"Authorization: Bearer " + "x".repeat(64 * 1024))),
				new Case("two hundred headers", 400, request("POST", "/graphql", ADMIN, "application/json", bytes(ok),
						java.util.stream.IntStream.range(0, 200).mapToObj(i -> "X-H" + i + ": v").toArray(String[]::new))),
				get("an unknown path", 404, "/nope", ADMIN),
				get("an unknown path without a token", 401, "/nope", null),
				get("an unknown actuator endpoint", 404, "/actuator/nope", ADMIN),
				get("actuator metrics as an agent", 403, "/actuator/metrics", AGENT),
				get("an unknown import's errors", 404, "/imports/none/errors.csv", AGENT),
				get("an import's errors as a viewer", 403, "/imports/none/errors.csv", VIEWER),
				get("GET /imports", 405, "/imports", AGENT),
				get("a bad date in an export filter", 400, "/exports/contacts.csv?createdFrom=yesterday", BROKER),
				get("a bad number in an export filter", 400, "/exports/contacts.csv?birthdayMonth=x", BROKER),
				get("an export as a viewer", 403, "/exports/contacts.csv", VIEWER),
				new Case("POST to an export", 405, request("POST", "/exports/contacts.csv", BROKER, "application/json", bytes("{}"))),
				new Case("an import as JSON", 415, request("POST", "/imports", AGENT, "application/json", bytes("{}"))),
				new Case("an import without a file", 400, request("POST", "/imports", AGENT, "multipart/form-data; boundary=x",
						bytes("--x\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nAUTO\r\n--x--\r\n"))),
				new Case("an import with a broken multipart body", 400, request("POST", "/imports", AGENT,
						"multipart/form-data; boundary=x", bytes("--x\r\nnot a part"))),
				get("an encoded ../ in the path", 400, "/..%2F..%2Fetc%2Fpasswd", ADMIN),
				get("an encoded slash", 400, "/graphql%2F..", ADMIN),
				get("a bad percent-encoding", 400, "/contacts%zz", ADMIN),
				get("an encoded NUL", 400, "/a%00b", ADMIN),
				get("a double slash", 400, "//graphql", ADMIN),
				get("a semicolon path parameter", 400, "/graphql;jsessionid=x", ADMIN),
				get("a backslash", 400, "/a%5Cb", ADMIN),
				get("a 16 KB address", 400, "/" + "a".repeat(16 * 1024), ADMIN),
				new Case("TRACE", 405, request("TRACE", "/graphql", ADMIN, null, null)),
				new Case("no Host header", 400, bytes("GET /actuator/health HTTP/1.1\r\nConnection: close\r\n\r\n")),
				new Case("a malformed request line", 400, bytes("GET  /graphql HTTP/1.1 extra\r\nHost: x\r\n\r\n")),
				new Case("a header name with a space", 400, bytes("GET /graphql HTTP/1.1\r\nHost: x\r\nBad Header: v\r\n"
						+ "Connection: close\r\n\r\n"))));
		return cases;
	}

	@Test
	void everyMalformedRequestGetsATypedJsonErrorAndNothingOfTheInsides() {
		List<String> failures = new ArrayList<>();
		List<Case> cases = cases();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
		for (Case c : cases) {
			RawHttp.Response response = RawHttp.send(port, c.request());
			String problem = check(c, response);
			if (problem != null) {
				failures.add(c.name() + ": " + problem + " — " + response.status() + " " + response.headers().get("content-type")
						+ " " + abbreviate(response.body()));
			}
		}
		assertThat(failures).as(String.join("\n", failures)).isEmpty();
	}

	private static String check(Case c, RawHttp.Response response) {
		if (response.status() != c.status()) {
			return "expected status " + c.status();
		}
		String type = response.headers().getOrDefault("content-type", "");
		if (!type.startsWith("application/json") && !type.startsWith("application/graphql-response+json")) {
			return "not JSON";
		}
		JsonNode body;
		try {
			body = JSON.readTree(response.body());
		}
		catch (RuntimeException ex) {
			return "a body that does not parse";
		}
		String code = body.has("errors") ? body.path("errors").path(0).path("extensions").path("code").asString("")
				: body.path("code").asString("");
		if (!CODES.contains(code)) {
			return "no documented code";
		}
		if (code.equals("INTERNAL")) {
			return "INTERNAL for a client's mistake";
		}
		for (String inside : List.of("Exception", "java.", "org.", "at com.", "/work/", "<html", "Tomcat", "timestamp")) {
			if (response.body().contains(inside)) {
				return "the body shows '" + inside + "'";
			}
		}
		return null;
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	@Test
	void graphqlJavasOwnRefusalsHaveTruthfulCodes() {
		var introspection = http.post(ADMIN, "{ __schema { queryType { fields { name } } mutationType { fields { name } } } }",
				java.util.Map.of());
		assertThat(introspection.errorCode()).as(introspection.body()).isNotEqualTo("INTERNAL").isNotNull();
	}

}
