package com.rootline.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The named Cypher queries under {@code cypher/queries/<feature>/<name>.cypher}, loaded once at
 * start-up. Callers ask for {@code "<feature>/<name>"}; an unknown name fails loudly rather than
 * at the first request that needs it, because every query name is a constant in the caller.
 * <p>
 * A file whose name starts with {@code _} is a fragment, not a query: a line
 * {@code // @include <feature>/_<name>} in a query is replaced by the fragment's text (a fragment may include others). That is how
 * the contact list and the exports share one filter, so the two can never disagree.
 */
@Component
public class CypherQueries {

	static final String LOCATION = "classpath*:cypher/queries/**/*.cypher";

	private static final Pattern INCLUDE = Pattern.compile("(?m)^[ \\t]*// @include ([\\w-]+/_[\\w-]+)[ \\t]*$");

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
		Map<String, String> complete = new TreeMap<>();
		queries.forEach((name, text) -> {
			if (!isFragment(name)) {
				complete.put(name, expand(name, text, queries, 0));
			}
		});
		return Map.copyOf(complete);
	}

	/** Replaces the includes of a text with their fragments, which may include fragments in turn. */
	private static String expand(String name, String text, Map<String, String> queries, int depth) {
		if (depth > 8) {
			throw new IllegalStateException(name + ": fragments include each other in a cycle");
		}
		return INCLUDE.matcher(text).replaceAll(include -> {
			String fragment = queries.get(include.group(1));
			if (fragment == null) {
				throw new IllegalStateException(name + " includes " + include.group(1) + ", which does not exist");
			}
			return Matcher.quoteReplacement(expand(include.group(1), fragment, queries, depth + 1));
		});
	}

	private static boolean isFragment(String name) {
		return name.substring(name.lastIndexOf('/') + 1).startsWith("_");
	}

}
