package com.rootline.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contacts one transaction named in its {@link ContactsChanged} changes, for a counter to count
 * again before the commit: the parameters {@code $ids} and {@code $elementIds} of
 * {@code facts/_changed-contacts.cypher}.
 */
final class NamedContacts {

	private final Set<String> ids = new TreeSet<>();

	private final Set<String> elementIds = new TreeSet<>();

	void add(ContactsChanged change) {
		ids.addAll(change.ids());
		elementIds.addAll(change.elementIds());
	}

	boolean isEmpty() {
		return ids.isEmpty() && elementIds.isEmpty();
	}

	Map<String, Object> parameters() {
		return Map.of("ids", List.copyOf(ids), "elementIds", List.copyOf(elementIds));
	}

}
