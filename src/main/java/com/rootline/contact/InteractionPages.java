package com.rootline.contact;

import java.time.ZonedDateTime;
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
import com.rootline.graph.Statements;
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

	private final Statements statements;

	record Key(String contactId, int first, String after) {
	}

	InteractionPages(Statements statements, BatchLoaderRegistry registry) {
		this.statements = statements;
		registry.<Key, Connection<Interaction>>forName(LOADER)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	Map<Key, Connection<Interaction>> load(Set<Key> keys) {
		// Counted on the first totalCount a response reads, for every contact of the batch at once.
		List<String> contactIds = keys.stream().map(Key::contactId).distinct().toList();
		Supplier<Map<String, Long>> totals = memoized(() -> totals(contactIds));
		Map<Key, List<Interaction>> pages = new HashMap<>();
		// One query per page size asked for; a response normally asks for one.
		Map<Integer, List<Key>> bySize = keys.stream().collect(Collectors.groupingBy(Key::first));
		bySize.forEach((size, group) -> {
			List<PageKey> asked = group.stream().map(InteractionPages::pageKey).distinct().toList();
			statements.all("contact/interactions-pages", new Pages(asked, size + 1), Page.class)
				.forEach(r -> pages.put(new Key(r.contactId(), size, r.after()), r.page()));
		});
		Map<Key, Connection<Interaction>> result = new HashMap<>();
		for (Key key : keys) {
			List<Interaction> rows = pages.getOrDefault(key, List.of());
			result.put(key, Connection.of(rows, new PageRequest(key.first(), key.after()),
					i -> Cursors.encode(i.occurredAt().toString(), i.id()),
					() -> totals.get().getOrDefault(key.contactId(), 0L)));
		}
		return result;
	}

	/** A page asked for: whose, and after which cursor (read as the time and id it holds). */
	private record PageKey(String contactId, String after, ZonedDateTime afterTime, String afterId) {
	}

	private record Pages(List<PageKey> keys, int limit) {
	}

	private record Page(String contactId, String after, List<Interaction> page) {
	}

	private record ContactIds(List<String> contactIds) {
	}

	private record Total(String contactId, long total) {
	}

	private static PageKey pageKey(Key key) {
		if (key.after() == null) {
			return new PageKey(key.contactId(), null, null, null);
		}
		List<String> parts = Cursors.decode(key.after(), 2);
		return new PageKey(key.contactId(), key.after(), ZonedDateTime.parse(parts.get(0)), parts.get(1));
	}

	private static <T> Supplier<T> memoized(Supplier<T> supplier) {
		AtomicReference<T> value = new AtomicReference<>();
		return () -> value.updateAndGet(v -> v != null ? v : supplier.get());
	}

	private Map<String, Long> totals(List<String> contactIds) {
		Map<String, Long> totals = new HashMap<>();
		statements.all("contact/interactions-count", new ContactIds(contactIds), Total.class)
			.forEach(r -> totals.put(r.contactId(), r.total()));
		return totals;
	}

}
