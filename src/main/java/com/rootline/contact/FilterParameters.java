package com.rootline.contact;

import java.time.OffsetDateTime;

import com.rootline.graph.Statements;

/**
 * A checked {@link ContactFilter} as the parameters of {@code contact/_matching} and
 * {@code contact/_filters}, made by {@code ContactSearch#params}: a search is a Lucene query, a
 * custom field is its stored property and value, and {@code anchor} names where the read starts.
 * Another statement takes it as one of its record's components and gets its parameters inline.
 */
public record FilterParameters(String search, String group, String tag, Contact.StatusLevel statusLevel,
		Boolean levelDisagrees, Boolean active, String contactType, Integer birthdayMonth, OffsetDateTime createdFrom,
		OffsetDateTime createdTo, String ownerId, boolean archived, String customProperty, Object customValue,
		Anchor anchor) implements Statements.Inline {

	/** Where a filtered read starts: the most selective criterion given; the others are predicates. */
	public enum Anchor {

		SEARCH, GROUP, TAG, OWNER, BIRTHDAY_MONTH, CONTACT_TYPE, STATUS_LEVEL, LEVEL_DISAGREES, ARCHIVED, ALL;

		/** Anchors whose size is known in constant time (relationship degrees, the count store). */
		boolean sized() {
			return this == GROUP || this == TAG || this == OWNER || this == ARCHIVED || this == LEVEL_DISAGREES;
		}

	}

	static Anchor anchorOf(String search, String group, String tag, String ownerId, Integer birthdayMonth,
			String contactType, Contact.StatusLevel statusLevel, Boolean levelDisagrees, boolean archived) {
		if (search != null) {
			return Anchor.SEARCH;
		}
		if (group != null) {
			return Anchor.GROUP;
		}
		if (tag != null) {
			return Anchor.TAG;
		}
		if (ownerId != null) {
			return Anchor.OWNER;
		}
		if (birthdayMonth != null) {
			return Anchor.BIRTHDAY_MONTH;
		}
		if (contactType != null) {
			return Anchor.CONTACT_TYPE;
		}
		if (statusLevel != null) {
			return Anchor.STATUS_LEVEL;
		}
		if (Boolean.TRUE.equals(levelDisagrees)) {
			return Anchor.LEVEL_DISAGREES;
		}
		return archived ? Anchor.ARCHIVED : Anchor.ALL;
	}

	/**
	 * Which count answers the filter's size: the count store for no criterion, the anchor's degree
	 * for one group, tag or owner alone, the anchor's rows for anything else.
	 */
	String countStatement() {
		int given = count(search, group, tag, statusLevel, levelDisagrees, active, contactType, birthdayMonth,
				createdFrom, createdTo, ownerId, customProperty, customValue);
		if (given == 0) {
			return "contact/count-listed";
		}
		return given == 1 && (group != null || tag != null || ownerId != null) ? "contact/count-anchor" : "contact/count";
	}

	private static int count(Object... criteria) {
		int given = 0;
		for (Object criterion : criteria) {
			if (criterion != null) {
				given++;
			}
		}
		return given;
	}

}
