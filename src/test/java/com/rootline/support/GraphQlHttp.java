package com.rootline.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the GraphQL endpoint, so tests see exactly what a dashboard sees. */
public final class GraphQlHttp {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final URI base;

	public GraphQlHttp(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
	}

	public URI uri(String path) {
		return base.resolve(path);
	}

	public Response post(String token, String query, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		if (variables != null && !variables.isEmpty()) {
			body.put("variables", variables);
		}
		return postRaw(token, JSON.writeValueAsString(body), "application/graphql-response+json");
	}

	public Response postRaw(String token, String body, String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (accept != null) {
			request.header("Accept", accept);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request.build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Response(int status, String contentType, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
		}

		/** The node at a path under {@code data}, for example {@code at("createContact.contact.id")}. */
		public JsonNode at(String path) {
			return json().at("/data/" + path.replace('.', '/'));
		}

		public JsonNode errors() {
			return json().path("errors");
		}

		/** The {@code extensions.code} of the first top-level error, or null. */
		public String errorCode() {
			JsonNode errors = errors();
			return errors.isArray() && !errors.isEmpty() ? errors.get(0).path("extensions").path("code").asString(null)
					: null;
		}

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

}
