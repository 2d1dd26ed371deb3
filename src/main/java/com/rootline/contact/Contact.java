package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.List;

import com.rootline.api.PartialDate;

/**
 * A contact as the API shows it, in parts: its name, how to reach it, the personal details only
 * agents see, its work, how the agent files it, and the record's own history. The schema's flat
 * Contact fields are the accessors after the parts.
 */
public record Contact(String id, Name name, Reach reach, Personal personal, Work work, Filing filing,
		History history) {

	/** {@code display}: first, middle and last name with prefix and suffix; the company without a name. */
	public record Name(String prefix, String first, String middle, String last, String suffix, String nickname,
			String display) {
	}

	/** How to reach the contact, and whether they asked not to be called or written to. */
	public record Reach(List<Phone> phones, List<Email> emails, List<PostalAddress> addresses, boolean doNotContact) {
	}

	/** The family dates and details an agent keeps (AGENT role only, see security/PersonalData). */
	public record Personal(PartialDate birthday, PartialDate anniversary, Spouse spouse, List<Child> children,
			List<String> hobbies) {
	}

	public record Work(String jobTitle, String company) {
	}

	/** How the agent files and ranks the contact. */
	public record Filing(List<String> groups, List<String> tags, boolean active, StatusLevel statusLevel,
			String contactType, List<CustomFieldValue> customFields) {
	}

	/** The record's own life: archived or erased, created, changed (with its version), last contacted. */
	public record History(boolean archived, boolean erased, ZonedDateTime createdAt, ZonedDateTime updatedAt,
			long version, ZonedDateTime lastContactedAt) {
	}

	public String prefix() {
		return name.prefix();
	}

	public String firstName() {
		return name.first();
	}

	public String middleName() {
		return name.middle();
	}

	public String lastName() {
		return name.last();
	}

	public String suffix() {
		return name.suffix();
	}

	public String nickname() {
		return name.nickname();
	}

	public String displayName() {
		return name.display();
	}

	public List<Phone> phones() {
		return reach.phones();
	}

	public List<Email> emails() {
		return reach.emails();
	}

	public List<PostalAddress> addresses() {
		return reach.addresses();
	}

	public boolean doNotContact() {
		return reach.doNotContact();
	}

	public PartialDate birthday() {
		return personal.birthday();
	}

	public PartialDate anniversary() {
		return personal.anniversary();
	}

	public Spouse spouse() {
		return personal.spouse();
	}

	public List<Child> children() {
		return personal.children();
	}

	public List<String> hobbies() {
		return personal.hobbies();
	}

	public String jobTitle() {
		return work.jobTitle();
	}

	public String company() {
		return work.company();
	}

	public List<String> groups() {
		return filing.groups();
	}

	public List<String> tags() {
		return filing.tags();
	}

	public boolean active() {
		return filing.active();
	}

	public StatusLevel statusLevel() {
		return filing.statusLevel();
	}

	public String contactType() {
		return filing.contactType();
	}

	public List<CustomFieldValue> customFields() {
		return filing.customFields();
	}

	public boolean archived() {
		return history.archived();
	}

	public boolean erased() {
		return history.erased();
	}

	public ZonedDateTime createdAt() {
		return history.createdAt();
	}

	public ZonedDateTime updatedAt() {
		return history.updatedAt();
	}

	public long version() {
		return history.version();
	}

	public ZonedDateTime lastContactedAt() {
		return history.lastContactedAt();
	}

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
			return exact(values(), lower(text));
		}

	}

}
