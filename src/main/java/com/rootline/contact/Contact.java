package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.List;

import com.rootline.api.PartialDate;

/** A contact as the API shows it. */
public record Contact(String id, String prefix, String firstName, String middleName, String lastName, String suffix,
		String nickname, String displayName, List<Phone> phones, List<Email> emails, List<PostalAddress> addresses,
		PartialDate birthday, PartialDate anniversary, Spouse spouse, List<Child> children, List<String> hobbies,
		String jobTitle, String company, List<String> groups, List<String> tags, boolean active, StatusLevel statusLevel,
		String contactType, List<CustomFieldValue> customFields, boolean archived, boolean erased,
		ZonedDateTime createdAt, ZonedDateTime updatedAt, long version, ZonedDateTime lastContactedAt,
		boolean doNotContact) {

	public record Phone(String type, String number, String e164) {
	}

	public record Email(String type, String address) {
	}

	public record PostalAddress(String type, List<String> lines, String city, String region, String postalCode,
			String country) {

		/** Addresses with the same key are one household; the key forgives case, accents and abbreviations. */
		public String householdKey() {
			return ContactRules.householdKey(lines == null ? List.of() : lines, city, postalCode, country);
		}

	}

	public record Spouse(String name, PartialDate birthday) {
	}

	public record Child(String name, PartialDate birthday) {
	}

	public record CustomFieldValue(String key, String type, String value) {
	}

	/** How actively the agent works the contact: A most, C least (the schema's StatusLevel). */
	public enum StatusLevel {

		A, B, C;

		/** The level a file or a query parameter names, in either case; empty when it names none. */
		public static java.util.Optional<StatusLevel> parse(String text) {
			String name = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
			return java.util.Arrays.stream(values()).filter(l -> l.name().equals(name)).findFirst();
		}

	}

}
