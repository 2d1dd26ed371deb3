package com.rootline.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rootline.contact.Contact;
import com.rootline.contact.ContactImports;

/**
 * Collects one contact from a file's cells, remembering which column each field came from so that
 * an error can name the column the user sees.
 */
final class RowBuilder {

	private static final Map<String, String> COUNTRIES = new LinkedHashMap<>();

	static {
		for (String code : Locale.getISOCountries()) {
			COUNTRIES.put(new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH)
				.toLowerCase(Locale.ROOT), code);
		}
		COUNTRIES.put("usa", "US");
		COUNTRIES.put("united states of america", "US");
		COUNTRIES.put("uk", "GB");
		COUNTRIES.put("england", "GB");
	}

	final long line;

	String rootlineId, externalId, fingerprint, prefix, firstName, middleName, lastName, suffix, nickname;

	String birthday, anniversary, spouseName, spouseBirthday, jobTitle, company, statusLevel, contactType, notes;

	Boolean active;

	final List<ContactImports.Phone> phones = new ArrayList<>();

	final List<ContactImports.Email> emails = new ArrayList<>();

	final List<ContactImports.Address> addresses = new ArrayList<>();

	final List<ContactImports.Child> children = new ArrayList<>();

	final List<String> hobbies = new ArrayList<>();

	final List<String> groups = new ArrayList<>();

	final List<String> tags = new ArrayList<>();

	final Map<String, String> customFields = new LinkedHashMap<>();

	final Map<String, String> columns = new LinkedHashMap<>();

	final List<ContactImports.Problem> problems = new ArrayList<>();

	RowBuilder(long line) {
		this.line = line;
	}

	void phone(Contact.PhoneType type, String number, String column) {
		if (blank(number)) {
			return;
		}
		columns.put("phones." + phones.size(), column);
		phones.add(new ContactImports.Phone(type, number.strip()));
	}

	void email(Contact.EmailType type, String address, String column) {
		if (blank(address)) {
			return;
		}
		columns.put("emails." + emails.size(), column);
		emails.add(new ContactImports.Email(type, address.strip()));
	}

	void address(Contact.AddressType type, List<String> lines, String city, String region, String postalCode,
			String country, String column) {
		List<String> kept = lines.stream().filter(l -> !blank(l)).map(String::strip).toList();
		if (kept.isEmpty() && blank(city) && blank(postalCode)) {
			return;
		}
		columns.put("addresses." + addresses.size(), column);
		addresses.add(new ContactImports.Address(type, kept, clean(city), clean(region), clean(postalCode),
				country(country)));
	}

	/**
	 * For layouts that have only a whole name ("Name", "Display Name"): when no first or last name
	 * came, the last word is the last name and the rest the first.
	 */
	void wholeName(String whole) {
		if (firstName != null || lastName != null || whole == null || whole.isBlank()) {
			return;
		}
		String name = whole.strip();
		int space = name.lastIndexOf(' ');
		firstName = space < 0 ? name : name.substring(0, space);
		lastName = space < 0 ? null : name.substring(space + 1);
	}

	void column(String field, String column) {
		columns.put(field, column);
	}

	/** Country names as address books write them ("United States") become ISO codes ("US"). */
	static String country(String value) {
		String c = clean(value);
		if (c == null) {
			return null;
		}
		if (c.length() == 2) {
			return c.toUpperCase(Locale.ROOT);
		}
		return COUNTRIES.getOrDefault(c.toLowerCase(Locale.ROOT), c);
	}

	static String clean(String value) {
		return blank(value) ? null : value.strip();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Splits a multi-valued cell; blank parts are dropped. */
	static List<String> split(String value, String separator) {
		List<String> parts = new ArrayList<>();
		if (value == null) {
			return parts;
		}
		for (String part : value.split(java.util.regex.Pattern.quote(separator))) {
			if (!part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return parts;
	}

	ContactImports.Row build() {
		return new ContactImports.Row(line, new ContactImports.Source(rootlineId, externalId, fingerprint),
				new ContactImports.Names(clean(prefix), clean(firstName), clean(middleName), clean(lastName), clean(suffix),
						clean(nickname)),
				new ContactImports.Reach(phones, emails, addresses),
				new ContactImports.Family(clean(birthday), clean(anniversary), clean(spouseName), clean(spouseBirthday),
						children, hobbies),
				new Contact.Work(clean(jobTitle), clean(company)),
				new ContactImports.Filing(groups, tags, active, clean(statusLevel), clean(contactType), customFields),
				clean(notes), columns);
	}

}
