package com.rootline.facts;

import java.util.Collection;
import java.util.List;

/**
 * A typed change for the facts component: contacts a transaction changed, named by id or by element
 * id, whichever the writer has, and how they changed. Each fact kept per contact counts them again
 * just before the commit when it depends on that kind of change; naming a contact that did not
 * change is harmless.
 */
public record ContactsChanged(Change change, List<String> ids, List<String> elementIds) {

	/** How the contacts changed. */
	public enum Change {

		/** Created, or written by an import (which may also give them an owner). */
		CREATED,
		/** An interaction logged: their day last in touch and their activity. */
		TOUCHED,
		/** Their own fields written: archived or restored, active or not. */
		STATE,
		/** Erased for privacy. */
		ERASED,
		/** Another owner. */
		OWNER,
		/** Their origin moved (their source, their place in a tree). */
		ORIGIN,
		/** They gained their first descendant or lost their last. */
		DESCENDANTS,
		/** Survivors of a merge, which took over the duplicate's details, interactions and deals. */
		MERGED

	}

	public ContactsChanged {
		ids = List.copyOf(ids);
		elementIds = List.copyOf(elementIds);
	}

	public static ContactsChanged ids(Change change, Collection<String> ids) {
		return new ContactsChanged(change, List.copyOf(ids), List.of());
	}

	public static ContactsChanged elementIds(Change change, Collection<String> elementIds) {
		return new ContactsChanged(change, List.of(), List.copyOf(elementIds));
	}

}
