package com.rootline.facts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.graph.Statements;

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

	Named parameters() {
		return new Named(List.copyOf(ids), List.copyOf(elementIds));
	}

	/** The contacts named, by id and by element id. */
	record Named(List<String> ids, List<String> elementIds) implements Statements.Inline {
	}

}
