package com.rootline.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A typed change for the facts component: a contact a transaction deleted, with what it was counted
 * under, read before the delete (the properties {@code countedOn}, {@code countedScoring} and
 * {@code countedBook}), so that the counters it was part of lose it before the commit.
 */
public record ContactRemoved(LocalDate countedOn, boolean countedScoring, List<String> countedBook) {

	public ContactRemoved {
		countedBook = countedBook == null ? List.of() : List.copyOf(countedBook);
	}

	/** A statement's row (or map) with the deleted contact's {@code countedOn}, {@code countedScoring}, {@code countedBook}. */
	public record Row(LocalDate countedOn, Boolean countedScoring, List<String> countedBook) {

		public ContactRemoved removed() {
			return new ContactRemoved(countedOn, Boolean.TRUE.equals(countedScoring), countedBook);
		}

	}

}
