package com.rootline.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The named Cypher queries under {@code cypher/queries/<feature>/<name>.cypher}, loaded once at
 * start-up. Callers ask for {@code "<feature>/<name>"}; an unknown name fails loudly rather than
 * at the first request that needs it, because every query name is a constant in the caller.
 */
@Component
public class CypherQueries {

	static final String LOCATION = "classpath*:cypher/queries/**/*.cypher";

	private final Map<String, String> byName;

	public CypherQueries() {
		this.byName = load();
	}

	/** The text of the named query, for example {@code get("contact/find-by-id")}. */
	public String get(String name) {
		String text = byName.get(name);
		if (text == null) {
			throw new IllegalArgumentException("No Cypher query named '" + name + "' under cypher/queries");
		}
		return text;
	}

	public Set<String> names() {
		return byName.keySet();
	}

	private static Map<String, String> load() {
		Map<String, String> queries = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				String url = resource.getURL().toString();
				String relative = url.substring(url.lastIndexOf("cypher/queries/") + "cypher/queries/".length());
				String name = relative.substring(0, relative.length() - ".cypher".length());
				queries.put(name, resource.getContentAsString(StandardCharsets.UTF_8).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the named Cypher queries", ex);
		}
		return Map.copyOf(queries);
	}

}
