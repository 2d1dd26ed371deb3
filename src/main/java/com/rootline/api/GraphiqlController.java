package com.rootline.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GraphiQL for developers ({@code dev} profile). Boot's own page loads its scripts from a CDN and
 * stays blank offline, so this one is served with its assets from the service's webjars.
 */
@RestController
@ConditionalOnProperty(name = "rootline.graphiql.enabled", havingValue = "true")
class GraphiqlController {

	private final String page;

	GraphiqlController() throws IOException {
		this.page = new ClassPathResource("graphiql/index.html").getContentAsString(StandardCharsets.UTF_8);
	}

	@GetMapping(path = "/graphiql", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> graphiql() {
		return ResponseEntity.ok(page);
	}

}
