package com.rootline.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.rootline.contact.Contact;
import com.rootline.contact.ContactImports;

/**
 * Rootline's own CSV, written by the export and read back by the import: every field of the record,
 * custom fields as {@code Custom: <key>} columns, and the origin as {@code Referred By} (a contact's
 * e-mail, external id or Rootline id, or a partner's id) or {@code Lead Source} (an outlet's id or
 * name). Multi-valued cells are {@code TYPE: value; TYPE: value}.
 */
final class RootlineCsv implements CsvAddressBook.Layout {

	static final int ADDRESSES = 3;

	static final String CUSTOM = "Custom: ";

	private static final Pattern TYPED = Pattern.compile("(?:([A-Za-z]+):\\s*)?(.+)");

	private static final Pattern CHILD = Pattern.compile("(.+?)\\s*(?:\\((.+)\\))?");

	static List<String> columns(List<String> customKeys) {
		List<String> columns = new ArrayList<>(List.of("Rootline Id", "External Id", "Prefix", "First Name",
				"Middle Name", "Last Name", "Suffix", "Nickname", "Company", "Job Title", "Phones", "Emails"));
		for (int n = 1; n <= ADDRESSES; n++) {
			for (String part : List.of("Type", "Lines", "City", "Region", "Postal Code", "Country")) {
				columns.add("Address " + n + " " + part);
			}
		}
		columns.addAll(List.of("Birthday", "Anniversary", "Spouse", "Spouse Birthday", "Children", "Hobbies", "Groups",
				"Tags", "Active", "Status Level", "Contact Type", "Referred By", "Referred On", "Lead Source", "Notes"));
		customKeys.forEach(k -> columns.add(CUSTOM + k));
		return columns;
	}

	@Override
	public String name() {
		return "ROOTLINE_CSV";
	}

	@Override
	public List<String> nameColumns() {
		return List.of("First Name", "Last Name", "Nickname", "Company", "Rootline Id");
	}

	@Override
	public AddressBook.Entry map(long line, CsvAddressBook.Cells raw) {
		CsvAddressBook.Cells c = raw.unquotingFormulas();
		RowBuilder b = new RowBuilder(line);
		b.fingerprint = AddressBook.fingerprint(name(), c.values());
		b.rootlineId = c.get("Rootline Id");
		b.externalId = c.get("External Id");
		b.prefix = c.get("Prefix");
		b.firstName = c.get("First Name");
		b.middleName = c.get("Middle Name");
		b.lastName = c.get("Last Name");
		b.suffix = c.get("Suffix");
		b.nickname = c.get("Nickname");
		b.company = c.get("Company");
		b.jobTitle = c.get("Job Title");
		for (String phone : RowBuilder.split(c.get("Phones"), ";")) {
			Matcher m = TYPED.matcher(phone);
			if (m.matches()) {
				b.phone(Contact.PhoneType.fromLabel(m.group(1)), m.group(2), "Phones");
			}
		}
		for (String email : RowBuilder.split(c.get("Emails"), ";")) {
			Matcher m = TYPED.matcher(email);
			if (m.matches()) {
				b.email(Contact.EmailType.fromLabel(m.group(1)), m.group(2), "Emails");
			}
		}
		for (int n = 1; n <= ADDRESSES; n++) {
			String p = "Address " + n + " ";
			b.address(c.get(p + "Type") == null ? Contact.AddressType.HOME : Contact.AddressType.fromLabel(c.get(p + "Type")),
					RowBuilder.split(c.get(p + "Lines"), "\n"), c.get(p + "City"), c.get(p + "Region"),
					c.get(p + "Postal Code"), c.get(p + "Country"), p + "Lines");
		}
		b.birthday = c.get("Birthday");
		b.column("birthday", "Birthday");
		b.anniversary = c.get("Anniversary");
		b.column("anniversary", "Anniversary");
		b.spouseName = c.get("Spouse");
		b.spouseBirthday = c.get("Spouse Birthday");
		b.column("spouse", "Spouse Birthday");
		List<String> children = RowBuilder.split(c.get("Children"), ";");
		for (int i = 0; i < children.size(); i++) {
			Matcher m = CHILD.matcher(children.get(i));
			if (m.matches()) {
				b.children.add(new ContactImports.Child(m.group(1), m.group(2)));
			}
			b.column("children." + i, "Children");
		}
		b.hobbies.addAll(RowBuilder.split(c.get("Hobbies"), ";"));
		b.groups.addAll(RowBuilder.split(c.get("Groups"), ";"));
		b.tags.addAll(RowBuilder.split(c.get("Tags"), ";"));
		String active = c.get("Active");
		b.active = active != null && List.of("true", "yes", "1", "y").contains(active.strip().toLowerCase(Locale.ROOT));
		b.statusLevel = c.get("Status Level");
		b.column("statusLevel", "Status Level");
		b.contactType = c.get("Contact Type");
		b.column("contactType", "Contact Type");
		b.notes = c.get("Notes");
		c.header().keySet().stream().filter(h -> h.startsWith(CUSTOM)).forEach(h -> {
			String value = c.get(h);
			if (value != null) {
				String key = h.substring(CUSTOM.length()).strip();
				b.customFields.put(key, value);
				b.column("customFields", h);
			}
		});
		return new AddressBook.Entry(line, b.build(), c.get("Referred By"), c.get("Referred On"), c.get("Lead Source"),
				b.problems);
	}

}
