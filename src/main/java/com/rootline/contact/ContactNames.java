package com.rootline.contact;

/** Name comparison as import matching does it, for other features that ask whether two contacts' names fit. */
public final class ContactNames {

	private ContactNames() {
	}

	/**
	 * True when the last names are equal (or one is missing) and the first names agree: equal, an
	 * initial, or one the beginning of the other ("Rob" and "Robert"), accents and case aside.
	 */
	public static boolean agree(String firstName, String lastName, String otherFirstName, String otherLastName) {
		return ContactMatching.namesAgree(firstName, lastName, otherFirstName, otherLastName);
	}

}
