package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
		// Counted on the first totalCount a response reads, for every contact of the batch at once.
		List<String> contactIds = keys.stream().map(Key::contactId).distinct().toList();
		Supplier<Map<String, Long>> totals = memoized(() -> totals(contactIds));
		Map<List<Object>, List<Interaction>> pages = new HashMap<>();
		// One query per page size asked for; a response normally asks for one.
		Map<Integer, List<Key>> bySize = keys.stream().collect(Collectors.groupingBy(Key::first));
		bySize.forEach((size, group) -> {
			List<Map<String, Object>> params = group.stream().map(InteractionPages::params).toList();
			neo4j.query(queries.get("contact/interactions-pages"))
				.bindAll(Map.of("keys", params, "limit", size + 1))
				.fetch()
				.all()
				.forEach(r -> pages.put(Arrays.asList(r.get("contactId"), r.get("after"), size),
						asList(r.get("page")).stream().map(m -> Interaction.of(asMap(m))).toList()));
		});
		Map<Key, Connection<Interaction>> result = new HashMap<>();
		for (Key key : keys) {
			List<Interaction> rows = pages.getOrDefault(Arrays.asList(key.contactId(), key.after(), key.first()), List.of());
			result.put(key, Connection.of(rows, new PageRequest(key.first(), key.after()),
					i -> Cursors.encode(i.occurredAt().toString(), i.id()),
					() -> totals.get().getOrDefault(key.contactId(), 0L)));
		}
		return result;
	}

	private static Map<String, Object> params(Key key) {
		Map<String, Object> m = new HashMap<>();
		m.put("contactId", key.contactId());
		m.put("after", key.after());
		m.put("afterTime", null);
		m.put("afterId", null);
		if (key.after() != null) {
			List<String> parts = Cursors.decode(key.after(), 2);
			m.put("afterTime", ZonedDateTime.parse(parts.get(0)));
			m.put("afterId", parts.get(1));
		}
		return m;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> asList(Object value) {
		return (List<Object>) value;
	}

	private static <T> Supplier<T> memoized(Supplier<T> supplier) {
		AtomicReference<T> value = new AtomicReference<>();
		return () -> value.updateAndGet(v -> v != null ? v : supplier.get());
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
