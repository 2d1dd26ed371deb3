package com.rootline.exchange;

import java.util.List;
import java.util.Locale;

import com.rootline.contact.Contact;

/**
 * Google Contacts' CSV export: numbered groups of columns such as
 * {@code E-mail 1 - Label}/{@code E-mail 1 - Value}, several values in one cell separated by
 * {@code " ::: "}, labels like {@code "* myContacts ::: Buyers"} (starred system labels are not
 * groups), relations for spouse and children, and birthdays that may lack a year ({@code --03-07}).
 * Google's older layout, still on many disks, is read too: {@code Given Name}/{@code Family Name},
 * {@code - Type} for {@code - Label}, {@code Group Membership} for {@code Labels} and
 * {@code Organization 1 - Name}; a file with only {@code Name} has it split into first and last.
 */
final class GoogleCsv implements CsvAddressBook.Layout {

	private static final String MULTI = " ::: ";

	@Override
	public String name() {
		return "GOOGLE_CSV";
	}

	@Override
	public List<String> nameColumns() {
		return List.of("First Name", "Last Name", "Given Name", "Family Name", "Name", "Nickname", "Organization Name",
				"Organization 1 - Name");
	}

	/** The first non-blank of these columns: the current layout's name first, then the older one's. */
	private static String either(CsvAddressBook.Cells c, String current, String older) {
		String value = c.get(current);
		return value != null ? value : c.get(older);
	}

	@Override
	public AddressBook.Entry map(long line, CsvAddressBook.Cells c) {
		RowBuilder b = new RowBuilder(line);
		b.fingerprint = AddressBook.fingerprint(name(), c.values());
		b.prefix = c.get("Name Prefix");
		b.firstName = either(c, "First Name", "Given Name");
		b.middleName = either(c, "Middle Name", "Additional Name");
		b.lastName = either(c, "Last Name", "Family Name");
		b.wholeName(c.get("Name"));
		b.suffix = c.get("Name Suffix");
		b.nickname = c.get("Nickname");
		b.company = either(c, "Organization Name", "Organization 1 - Name");
		b.jobTitle = either(c, "Organization Title", "Organization 1 - Title");
		b.birthday = c.get("Birthday");
		b.column("birthday", "Birthday");
		b.notes = c.get("Notes");
		String hobby = c.get("Hobby");
		if (hobby != null) {
			b.hobbies.addAll(RowBuilder.split(hobby, MULTI));
		}
		for (String label : RowBuilder.split(either(c, "Labels", "Group Membership"), MULTI)) {
			if (!label.startsWith("*")) {
				b.groups.add(label);
			}
		}
		for (int n = 1; n <= 10; n++) {
			Contact.EmailType type = Contact.EmailType
				.fromLabel(either(c, "E-mail " + n + " - Label", "E-mail " + n + " - Type"));
			for (String address : RowBuilder.split(c.get("E-mail " + n + " - Value"), MULTI)) {
				b.email(type, address, "E-mail " + n + " - Value");
			}
			Contact.PhoneType phoneType = Contact.PhoneType
				.fromLabel(either(c, "Phone " + n + " - Label", "Phone " + n + " - Type"));
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
			b.address(Contact.AddressType.fromLabel(either(c, "Address " + n + " - Label", "Address " + n + " - Type")),
					lines, c.get("Address " + n + " - City"),
					c.get("Address " + n + " - Region"), c.get("Address " + n + " - Postal Code"),
					c.get("Address " + n + " - Country"), "Address " + n + " - Street");
			String relation = lower(either(c, "Relation " + n + " - Label", "Relation " + n + " - Type"));
			String related = c.get("Relation " + n + " - Value");
			if (related != null && (relation.contains("spouse") || relation.contains("partner"))) {
				b.spouseName = related;
			}
			else if (related != null && (relation.contains("child") || relation.contains("son")
					|| relation.contains("daughter"))) {
				b.children.add(new com.rootline.contact.ContactImports.Child(related.strip(), null));
			}
			String event = lower(either(c, "Event " + n + " - Label", "Event " + n + " - Type"));
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


}
