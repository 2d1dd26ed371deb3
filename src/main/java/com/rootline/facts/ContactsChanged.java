package com.rootline.facts;

import java.util.Collection;
import java.util.List;

/**
 * A typed change for the facts component: contacts a transaction created or changed (their day in
 * touch, descendants, owner, origin, archived, erased or active state), named by id or by element
 * id, whichever the writer has. Every fact kept per contact counts them again just before the
 * commit; naming a contact that did not change is harmless.
 */
public record ContactsChanged(List<String> ids, List<String> elementIds) {

	public ContactsChanged {
		ids = List.copyOf(ids);
		elementIds = List.copyOf(elementIds);
	}

	public static ContactsChanged ids(Collection<String> ids) {
		return new ContactsChanged(List.copyOf(ids), List.of());
	}

	public static ContactsChanged elementIds(Collection<String> elementIds) {
		return new ContactsChanged(List.of(), List.copyOf(elementIds));
	}

}
