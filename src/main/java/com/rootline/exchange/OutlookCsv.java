package com.rootline.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.rootline.contact.Contact;
import com.rootline.contact.ContactImports;

/**
 * Outlook's CSV export: fixed columns ({@code E-mail Address}, {@code Home Street},
 * {@code Mobile Phone}, …), dates as the US-locale {@code M/d/yyyy} with {@code 0/0/00} for none,
 * categories separated by semicolons, spouse and children as free text.
 */
final class OutlookCsv implements CsvAddressBook.Layout {

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

	@Override
	public String name() {
		return "OUTLOOK_CSV";
	}

	@Override
	public List<String> nameColumns() {
		return List.of("First Name", "Last Name", "Middle Name", "Nickname", "Company", "Name", "Display Name");
	}

	@Override
	public AddressBook.Entry map(long line, CsvAddressBook.Cells c) {
		RowBuilder b = new RowBuilder(line);
		b.fingerprint = AddressBook.fingerprint(name(), c.values());
		b.prefix = c.get("Title");
		b.firstName = c.get("First Name");
		b.middleName = c.get("Middle Name");
		b.lastName = c.get("Last Name");
		b.suffix = c.get("Suffix");
		// Outlook Express and some exports of Outlook for Mac have only a whole name.
		b.wholeName(c.get("Name") != null ? c.get("Name") : c.get("Display Name"));
		b.nickname = c.get("Nickname");
		b.company = c.get("Company");
		b.jobTitle = c.get("Job Title");
		b.email(Contact.EmailType.OTHER, c.get("E-mail Address"), "E-mail Address");
		b.email(Contact.EmailType.OTHER, c.get("E-mail 2 Address"), "E-mail 2 Address");
		b.email(Contact.EmailType.OTHER, c.get("E-mail 3 Address"), "E-mail 3 Address");
		b.phone(Contact.PhoneType.MOBILE, c.get("Mobile Phone"), "Mobile Phone");
		b.phone(Contact.PhoneType.HOME, c.get("Home Phone"), "Home Phone");
		b.phone(Contact.PhoneType.HOME, c.get("Home Phone 2"), "Home Phone 2");
		b.phone(Contact.PhoneType.WORK, c.get("Business Phone"), "Business Phone");
		b.phone(Contact.PhoneType.WORK, c.get("Business Phone 2"), "Business Phone 2");
		b.phone(Contact.PhoneType.FAX, c.get("Business Fax"), "Business Fax");
		b.phone(Contact.PhoneType.FAX, c.get("Home Fax"), "Home Fax");
		b.phone(Contact.PhoneType.OTHER, c.get("Other Phone"), "Other Phone");
		for (String p : List.of("Home", "Business", "Other")) {
			b.address(Contact.AddressType.fromLabel(p),
					List.of(nz(c.get(p + " Street")), nz(c.get(p + " Street 2")), nz(c.get(p + " Street 3"))),
					c.get(p + " City"), c.get(p + " State"), c.get(p + " Postal Code"), c.get(p + " Country/Region"),
					p + " Street");
		}
		b.birthday = date(c.get("Birthday"));
		b.column("birthday", "Birthday");
		b.anniversary = date(c.get("Anniversary"));
		b.column("anniversary", "Anniversary");
		b.spouseName = c.get("Spouse");
		for (String child : RowBuilder.split(c.get("Children"), ",")) {
			b.children.add(new ContactImports.Child(child, null));
		}
		b.hobbies.addAll(RowBuilder.split(c.get("Hobby"), ";"));
		b.groups.addAll(RowBuilder.split(c.get("Categories"), ";"));
		b.notes = c.get("Notes");
		return new AddressBook.Entry(line, b.build(), null, null, null, b.problems);
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

	/** Outlook writes {@code 3/7/1980}, and {@code 0/0/00} or nothing for no date. */
	private static String date(String value) {
		if (value == null || value.strip().startsWith("0/0/")) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip(), US_DATE).toString();
		}
		catch (DateTimeParseException ex) {
			// An ISO date from a hand-edited file is fine too; anything else is reported by the rules.
			return value.strip();
		}
	}

}
