package com.rootline.contact;

import java.util.Locale;

/**
 * Who may share a household: contacts with the same home address key, and couples who name each
 * other as spouse. Gift plans combine them; these keys let them be found from an index.
 */
public final class Households {

	private Households() {
	}

	/** Lower case, every run of characters that are neither letters nor digits one space, trimmed. */
	public static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** A contact's normalised full name; null without both a first and a last name. */
	public static String fullName(String firstName, String lastName) {
		return firstName == null || lastName == null ? null : normalize(firstName + " " + lastName);
	}

	/**
	 * The same for two contacts who name each other as spouse, whichever of them it is computed for:
	 * the two normalised names in order. Null unless the contact has a full name and names a spouse.
	 */
	static String coupleKey(String firstName, String lastName, String spouseName) {
		String own = fullName(firstName, lastName);
		if (own == null || spouseName == null) {
			return null;
		}
		String spouse = normalize(spouseName);
		return own.compareTo(spouse) < 0 ? own + "|" + spouse : spouse + "|" + own;
	}

}
