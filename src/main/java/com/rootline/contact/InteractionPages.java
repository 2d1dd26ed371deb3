package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Loads {@code Contact.interactions} for every contact of a response together: one query per
 * distinct page request instead of one per contact.
 */
@Component
class InteractionPages {

	static final String LOADER = "contactInteractions";

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	record Key(String contactId, int first, String after) {
	}

	InteractionPages(Neo4jClient neo4j, CypherQueries queries, BatchLoaderRegistry registry) {
		this.neo4j = neo4j;
		this.queries = queries;
		registry.<Key, Connection<Interaction>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	Map<Key, Connection<Interaction>> load(Set<Key> keys) {
		Map<Key, Connection<Interaction>> result = new HashMap<>();
		Map<String, Long> totals = totals(keys.stream().map(Key::contactId).distinct().toList());
		Map<List<Object>, List<Key>> byPage = keys.stream()
			.collect(Collectors.groupingBy(k -> java.util.Arrays.asList(k.first(), k.after())));
		for (List<Key> group : byPage.values()) {
			for (Key key : group) {
				result.put(key, page(key, totals.getOrDefault(key.contactId(), 0L)));
			}
		}
		return result;
	}

	private Connection<Interaction> page(Key key, long total) {
		ZonedDateTime afterTime = null;
		String afterId = null;
		if (key.after() != null) {
			List<String> parts = Cursors.decode(key.after(), 2);
			afterTime = ZonedDateTime.parse(parts.get(0));
			afterId = parts.get(1);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("contactId", key.contactId());
		params.put("afterTime", afterTime);
		params.put("afterId", afterId);
		params.put("limit", key.first() + 1);
		List<Interaction> rows = new ArrayList<>(neo4j.query(queries.get("contact/interactions-page"))
			.bindAll(params)
			.fetchAs(Interaction.class)
			.mappedBy((t, r) -> Interaction.of(r.get("interaction").asMap()))
			.all());
		return Connection.of(rows, new PageRequest(key.first(), key.after()),
				i -> Cursors.encode(i.occurredAt().toString(), i.id()), total);
	}

	private Map<String, Long> totals(List<String> contactIds) {
		Map<String, Long> totals = new HashMap<>();
		neo4j.query(queries.get("contact/interactions-count"))
			.bind(contactIds)
			.to("contactIds")
			.fetch()
			.all()
			.forEach(r -> totals.put((String) r.get("contactId"), (Long) r.get("total")));
		return totals;
	}

}
