package com.rootline.exchange;

import java.util.List;
import java.util.Locale;

/**
 * Google Contacts' CSV export (the current layout): numbered groups of columns such as
 * {@code E-mail 1 - Label}/{@code E-mail 1 - Value}, several values in one cell separated by
 * {@code " ::: "}, labels like {@code "* myContacts ::: Buyers"} (starred system labels are not
 * groups), relations for spouse and children, and birthdays that may lack a year ({@code --03-07}).
 */
final class GoogleCsv implements CsvAddressBook.Layout {

	private static final String MULTI = " ::: ";

	@Override
	public String name() {
		return "GOOGLE_CSV";
	}

	@Override
	public AddressBook.Entry map(long line, CsvAddressBook.Cells c) {
		RowBuilder b = new RowBuilder(line);
		b.fingerprint = AddressBook.fingerprint(name(), c.values());
		b.prefix = c.get("Name Prefix");
		b.firstName = c.get("First Name");
		b.middleName = c.get("Middle Name");
		b.lastName = c.get("Last Name");
		b.suffix = c.get("Name Suffix");
		b.nickname = c.get("Nickname");
		b.company = c.get("Organization Name");
		b.jobTitle = c.get("Organization Title");
		b.birthday = c.get("Birthday");
		b.column("birthday", "Birthday");
		b.notes = c.get("Notes");
		for (String label : RowBuilder.split(c.get("Labels"), MULTI)) {
			if (!label.startsWith("*")) {
				b.groups.add(label);
			}
		}
		for (int n = 1; n <= 10; n++) {
			String type = emailType(c.get("E-mail " + n + " - Label"));
			for (String address : RowBuilder.split(c.get("E-mail " + n + " - Value"), MULTI)) {
				b.email(type, address, "E-mail " + n + " - Value");
			}
			String phoneType = phoneType(c.get("Phone " + n + " - Label"));
			for (String number : RowBuilder.split(c.get("Phone " + n + " - Value"), MULTI)) {
				b.phone(phoneType, number, "Phone " + n + " - Value");
			}
			String street = c.get("Address " + n + " - Street");
			String extended = c.get("Address " + n + " - Extended Address");
			String poBox = c.get("Address " + n + " - PO Box");
			List<String> lines = new java.util.ArrayList<>(RowBuilder.split(street, "\n"));
			if (extended != null) {
				lines.add(extended);
			}
			if (poBox != null) {
				lines.add("PO Box " + poBox.strip());
			}
			b.address(addressType(c.get("Address " + n + " - Label")), lines, c.get("Address " + n + " - City"),
					c.get("Address " + n + " - Region"), c.get("Address " + n + " - Postal Code"),
					c.get("Address " + n + " - Country"), "Address " + n + " - Street");
			String relation = lower(c.get("Relation " + n + " - Label"));
			String related = c.get("Relation " + n + " - Value");
			if (related != null && (relation.contains("spouse") || relation.contains("partner"))) {
				b.spouseName = related;
			}
			else if (related != null && (relation.contains("child") || relation.contains("son")
					|| relation.contains("daughter"))) {
				b.children.add(new com.rootline.contact.ContactImports.Child(related.strip(), null));
			}
			String event = lower(c.get("Event " + n + " - Label"));
			if (event.contains("anniversary") && c.get("Event " + n + " - Value") != null) {
				b.anniversary = c.get("Event " + n + " - Value");
				b.column("anniversary", "Event " + n + " - Value");
			}
		}
		return new AddressBook.Entry(line, b.build(), null, null, null, b.problems);
	}

	private static String lower(String value) {
		return value == null ? "" : value.toLowerCase(Locale.ROOT);
	}

	static String emailType(String label) {
		String l = lower(label);
		return l.contains("work") ? "WORK" : l.contains("home") ? "HOME" : "OTHER";
	}

	static String phoneType(String label) {
		String l = lower(label);
		if (l.contains("mobile") || l.contains("cell")) {
			return "MOBILE";
		}
		if (l.contains("fax")) {
			return "FAX";
		}
		return l.contains("work") ? "WORK" : l.contains("home") ? "HOME" : "OTHER";
	}

	static String addressType(String label) {
		String l = lower(label);
		return l.contains("work") ? "WORK" : l.contains("home") ? "HOME" : "OTHER";
	}

}
