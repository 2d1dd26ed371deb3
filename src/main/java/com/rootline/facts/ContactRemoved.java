package com.rootline.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A typed change for the facts component: a contact a transaction deleted, with what it was counted
 * under, read before the delete (the properties {@code countedOn}, {@code countedScoring} and
 * {@code countedBook}), so that the counters it was part of lose it before the commit.
 */
public record ContactRemoved(LocalDate countedOn, boolean countedScoring, List<String> countedBook) {

	public ContactRemoved {
		countedBook = countedBook == null ? List.of() : List.copyOf(countedBook);
	}

	/** From a row that returned the deleted contact's {@code countedOn}, {@code countedScoring}, {@code countedBook}. */
	@SuppressWarnings("unchecked")
	public static ContactRemoved of(Map<String, Object> row) {
		return new ContactRemoved((LocalDate) row.get("countedOn"), Boolean.TRUE.equals(row.get("countedScoring")),
				(List<String>) row.get("countedBook"));
	}

}
