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

	public record Phone(PhoneType type, String number, String e164) {
	}

	public record Email(EmailType type, String address) {
	}

	public record PostalAddress(AddressType type, List<String> lines, String city, String region, String postalCode,
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

	public record CustomFieldValue(String key, CustomFieldType type, String value) {
	}

	/** What a custom field holds, which decides how its text is read and stored. */
	public enum CustomFieldType {

		TEXT, NUMBER, MONEY, DATE, BOOLEAN, CHOICE

	}

	public enum PhoneType {

		HOME, MOBILE, WORK, FAX, OTHER;

		/** The type an address book's label names ("Mobile", "cell", "Work Fax"); OTHER when none. */
		public static PhoneType fromLabel(String label) {
			String l = lower(label);
			return exact(values(), l).orElse(l.contains("mobile") || l.contains("cell") ? MOBILE
					: l.contains("fax") ? FAX : l.contains("work") || l.contains("business") ? WORK
							: l.contains("home") ? HOME : OTHER);
		}

	}

	public enum EmailType {

		HOME, WORK, OTHER;

		/** The type an address book's label names ("Work", "* Home"); OTHER when none. */
		public static EmailType fromLabel(String label) {
			String l = lower(label);
			return exact(values(), l).orElse(l.contains("work") || l.contains("business") ? WORK
					: l.contains("home") ? HOME : OTHER);
		}

	}

	public enum AddressType {

		HOME, WORK, MAILING, OTHER;

		/** The type an address book's label names ("Home", "Business", "Mailing"); OTHER when none. */
		public static AddressType fromLabel(String label) {
			String l = lower(label);
			return exact(values(), l).orElse(l.contains("mailing") || l.contains("postal") ? MAILING
					: l.contains("work") || l.contains("business") ? WORK : l.contains("home") ? HOME : OTHER);
		}

	}

	private static String lower(String label) {
		return label == null ? "" : label.strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static <E extends Enum<E>> java.util.Optional<E> exact(E[] values, String lower) {
		return java.util.Arrays.stream(values)
			.filter(v -> v.name().toLowerCase(java.util.Locale.ROOT).equals(lower))
			.findFirst();
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
