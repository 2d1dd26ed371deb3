package com.rootline.contact;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.rootline.api.PartialDate;
import com.rootline.api.Problems;
import com.rootline.api.UserErrorCode;
import com.rootline.contact.ContactInputs.ChildInput;
import com.rootline.contact.ContactInputs.CustomFieldValueInput;
import com.rootline.contact.ContactInputs.EmailInput;
import com.rootline.contact.ContactInputs.PhoneInput;
import com.rootline.contact.ContactInputs.PostalAddressInput;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link ContactDraft} and turns it into what is written: every problem is collected
 * with its input path, and nothing is written while any remains.
 */
@Component
class ContactRules {

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	private static final Pattern CONTACT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private final PhoneNumbers phones;

	private final CustomFields customFields;

	ContactRules(PhoneNumbers phones, CustomFields customFields) {
		this.phones = phones;
		this.customFields = customFields;
	}

	/** What one contact write puts in the graph. */
	/**
	 * A checked contact as {@code contact/_write} stores it. {@code props} is the node's own
	 * properties by name, custom fields ({@code cf_…}) among them: their names are data, so this one
	 * part stays a map.
	 */
	record ContactWrite(Map<String, Object> props, List<PhoneRow> phones, List<EmailRow> emails,
			List<AddressRow> addresses, List<String> groups, List<String> tags, String contactType,
			Set<String> emailKeys, Set<String> phoneKeys, String nameStem, String coupleKey) {

		/** The sort key for NAME order: last name (or what stands in for it), first name, id. */
		String nameKey(String id) {
			return nameStem + id;
		}

	}

	/** A phone as it is stored: its number as typed and as E.164, in the contact's order. */
	record PhoneRow(Contact.PhoneType type, String number, String e164, int position) {
	}

	/** An e-mail address as it is stored, with its lower-case key. */
	record EmailRow(Contact.EmailType type, String address, String normalized, int position) {
	}

	/** A postal address as it is stored, with the key of the household at it. */
	record AddressRow(Contact.AddressType type, List<String> lines, String city, String region, String postalCode,
			String country, int position, String householdKey) {
	}

	ContactWrite check(ContactDraft d, Problems problems) {
		String first = clean(d.firstName());
		String last = clean(d.lastName());
		String nickname = clean(d.nickname());
		String company = clean(d.company());
		if (first == null && last == null && nickname == null && company == null) {
			problems.add(UserErrorCode.REQUIRED, "A contact needs a first name, last name, nickname or company", "firstName");
		}
		problems.maxLength(d.prefix(), 40, "prefix")
			.maxLength(d.firstName(), 100, "firstName")
			.maxLength(d.middleName(), 100, "middleName")
			.maxLength(d.lastName(), 100, "lastName")
			.maxLength(d.suffix(), 40, "suffix")
			.maxLength(d.nickname(), 100, "nickname")
			.maxLength(d.jobTitle(), 200, "jobTitle")
			.maxLength(d.company(), 200, "company");
		checkCount(problems, d.phones(), 20, "phones");
		checkCount(problems, d.emails(), 20, "emails");
		checkCount(problems, d.addresses(), 10, "addresses");
		checkCount(problems, d.children(), 20, "children");
		checkCount(problems, d.hobbies(), 50, "hobbies");
		checkCount(problems, d.groups(), 50, "groups");
		checkCount(problems, d.tags(), 50, "tags");

		List<PhoneRow> phoneRows = new ArrayList<>();
		Set<String> phoneKeys = new LinkedHashSet<>();
		for (int i = 0; i < d.phones().size(); i++) {
			PhoneInput p = d.phones().get(i);
			String number = clean(p.number());
			problems.maxLength(number, 40, "phones", i, "number");
			Optional<String> e164 = number == null ? Optional.empty() : phones.toE164(number);
			if (e164.isEmpty()) {
				problems.add(UserErrorCode.INVALID_PHONE, "'" + p.number() + "' is not a phone number", "phones", i, "number");
				continue;
			}
			phoneKeys.add(e164.get());
			phoneRows.add(new PhoneRow(orDefault(p.type(), Contact.PhoneType.MOBILE), number, e164.get(), i));
		}

		List<EmailRow> emailRows = new ArrayList<>();
		Set<String> emailKeys = new LinkedHashSet<>();
		for (int i = 0; i < d.emails().size(); i++) {
			EmailInput e = d.emails().get(i);
			String address = clean(e.address());
			if (address == null || address.length() > 254 || !EMAIL.matcher(address).matches()) {
				problems.add(UserErrorCode.INVALID_EMAIL, "'" + e.address() + "' is not an e-mail address", "emails", i, "address");
				continue;
			}
			String normalized = address.toLowerCase(Locale.ROOT);
			if (!emailKeys.add(normalized)) {
				problems.add(UserErrorCode.DUPLICATE_EMAIL, address + " is already on this contact", "emails", i, "address");
				continue;
			}
			emailRows.add(new EmailRow(orDefault(e.type(), Contact.EmailType.HOME), address, normalized, i));
		}

		List<AddressRow> addressRows = new ArrayList<>();
		for (int i = 0; i < d.addresses().size(); i++) {
			addressRows.add(address(d.addresses().get(i), i, problems));
		}

		checkDate(problems, d.birthday(), "birthday");
		checkDate(problems, d.anniversary(), "anniversary");
		if (d.spouse() != null) {
			problems.maxLength(d.spouse().name(), 200, "spouse", "name");
			checkDate(problems, d.spouse().birthday(), "spouse", "birthday");
		}
		List<String> childNames = new ArrayList<>();
		List<String> childBirthdays = new ArrayList<>();
		for (int i = 0; i < d.children().size(); i++) {
			ChildInput child = d.children().get(i);
			if (clean(child.name()) == null) {
				problems.add(UserErrorCode.REQUIRED, "A child needs a name", "children", i, "name");
			}
			problems.maxLength(child.name(), 200, "children", i, "name");
			checkDate(problems, child.birthday(), "children", i, "birthday");
			childNames.add(Objects.requireNonNullElse(clean(child.name()), ""));
			childBirthdays.add(child.birthday() == null ? "" : child.birthday().toString());
		}
		List<String> hobbies = labels(d.hobbies(), 100, "hobbies", problems);
		List<String> groups = labels(d.groups(), 60, "groups", problems);
		List<String> tags = labels(d.tags(), 60, "tags", problems);

		String contactType = null;
		if (clean(d.contactType()) != null) {
			contactType = clean(d.contactType()).toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
			if (!CONTACT_TYPE.matcher(contactType).matches()) {
				problems.add(UserErrorCode.INVALID, "A contact type is letters, digits and underscores, at most 40",
						"contactType");
			}
		}

		String spouseName = d.spouse() == null ? null : clean(d.spouse().name());
		String coupleKey = Households.coupleKey(first, last, spouseName);
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("prefix", clean(d.prefix()));
		props.put("firstName", first);
		props.put("middleName", clean(d.middleName()));
		props.put("lastName", last);
		props.put("suffix", clean(d.suffix()));
		props.put("nickname", nickname);
		String displayName = displayName(d.prefix(), first, d.middleName(), last, d.suffix(), nickname, company);
		props.put("displayName", displayName);
		props.put("birthday", d.birthday() == null ? null : d.birthday().toString());
		props.put("birthMonth", d.birthday() == null ? null : d.birthday().month());
		props.put("anniversary", d.anniversary() == null ? null : d.anniversary().toString());
		props.put("anniversaryMonth", d.anniversary() == null ? null : d.anniversary().month());
		props.put("spouseName", spouseName);
		props.put("coupleKey", coupleKey);
		props.put("spouseBirthday",
				d.spouse() == null || d.spouse().birthday() == null ? null : d.spouse().birthday().toString());
		props.put("childNames", childNames);
		props.put("childBirthdays", childBirthdays);
		props.put("hobbies", hobbies);
		props.put("jobTitle", clean(d.jobTitle()));
		props.put("company", company);
		props.put("active", d.active());
		props.put("statusLevel", d.statusLevel() == null ? null : d.statusLevel().name());
		props.put("contactType", contactType);
		props.put("searchText", searchText(Stream.of(displayName, first, last, nickname, company), emailKeys, phoneKeys));
		customValues(d.customFields(), props, problems);
		return new ContactWrite(props, phoneRows, emailRows, addressRows, groups, tags, contactType, emailKeys,
				phoneKeys, nameStem(first, last, nickname, company), coupleKey);
	}

	private AddressRow address(PostalAddressInput a, int i, Problems problems) {
		List<String> lines = a.lines() == null ? List.of()
				: a.lines().stream().map(ContactRules::clean).filter(Objects::nonNull).toList();
		if (lines.isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "An address needs at least one street line", "addresses", i, "lines");
		}
		if (lines.size() > 4) {
			problems.add(UserErrorCode.INVALID, "An address has at most 4 lines", "addresses", i, "lines");
		}
		for (int l = 0; l < lines.size(); l++) {
			problems.maxLength(lines.get(l), 200, "addresses", i, "lines", l);
		}
		problems.maxLength(a.city(), 100, "addresses", i, "city")
			.maxLength(a.region(), 100, "addresses", i, "region")
			.maxLength(a.postalCode(), 20, "addresses", i, "postalCode");
		String country = clean(a.country()) == null ? null : clean(a.country()).toUpperCase(Locale.ROOT);
		if (country != null && !COUNTRY.matcher(country).matches()) {
			problems.add(UserErrorCode.INVALID, "A country is an ISO 3166-1 alpha-2 code such as US", "addresses", i, "country");
		}
		return new AddressRow(orDefault(a.type(), Contact.AddressType.HOME), lines, clean(a.city()), clean(a.region()),
				clean(a.postalCode()), country, i, householdKey(lines, a.city(), a.postalCode(), country));
	}

	/**
	 * Contacts whose addresses have the same key share a household: case, accents, punctuation and
	 * common street abbreviations do not matter.
	 */
	static String householdKey(List<String> lines, String city, String postalCode, String country) {
		String street = lines.stream().map(ContactRules::fold).collect(Collectors.joining(" "));
		street = (" " + street + " ").replace(" street ", " st ")
			.replace(" avenue ", " ave ")
			.replace(" road ", " rd ")
			.replace(" drive ", " dr ")
			.replace(" lane ", " ln ")
			.replace(" boulevard ", " blvd ")
			.replace(" apartment ", " apt ")
			.replace(" suite ", " ste ")
			.strip();
		String postal = postalCode == null ? "" : postalCode.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
		return String.join("|", street, fold(city), postal, country == null ? "" : country);
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

	private void customValues(List<CustomFieldValueInput> values, Map<String, Object> props, Problems problems) {
		if (values.isEmpty()) {
			return;
		}
		Map<String, CustomFields.Definition> defs = customFields.byKey();
		for (int i = 0; i < values.size(); i++) {
			CustomFieldValueInput v = values.get(i);
			CustomFields.Definition def = defs.get(v.key());
			if (def == null) {
				problems.add(UserErrorCode.UNKNOWN_CUSTOM_FIELD, "No custom field '" + v.key() + "' is defined", "customFields", i,
						"key");
				continue;
			}
			if (v.value() == null || v.value().isBlank()) {
				props.put(def.property(), null);
				continue;
			}
			Optional<Object> stored = customFields.toStored(def, v.value());
			if (stored.isEmpty()) {
				problems.add(UserErrorCode.INVALID_CUSTOM_FIELD_VALUE, "'" + v.value() + "' is not a valid " + def.type()
						+ (def.type() == Contact.CustomFieldType.CHOICE ? " (one of " + def.options() + ")" : ""), "customFields", i,
						"value");
				continue;
			}
			props.put(def.property(), stored.get());
		}
	}

	private String searchText(Stream<String> names, Set<String> emails, Set<String> phoneKeys) {
		List<String> parts = new ArrayList<>();
		names.filter(Objects::nonNull).forEach(parts::add);
		parts.addAll(emails);
		for (String e164 : phoneKeys) {
			String national = phones.nationalDigits(e164);
			parts.add(e164.substring(1));
			parts.add(national);
			// Suffixes, so that "555 1234" finds "+1 212 555 1234".
			if (national.length() > 7) {
				parts.add(national.substring(national.length() - 7));
			}
			if (national.length() > 4) {
				parts.add(national.substring(national.length() - 4));
			}
		}
		return searchTokens(String.join(" ", parts));
	}

	/**
	 * Lower-case letters and digits separated by single spaces. Search text and search queries are
	 * folded the same way, so that "O'Brien", "obrien@x.com" and "Zoë" find what they should.
	 */
	static String searchTokens(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	static String displayName(String prefix, String first, String middle, String last, String suffix, String nickname,
			String company) {
		String name = Stream.of(prefix, first, middle, last)
			.map(ContactRules::clean)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		if (!name.isEmpty() && clean(suffix) != null) {
			name = name + " " + clean(suffix);
		}
		if (!name.isEmpty()) {
			return name;
		}
		return clean(nickname) != null ? clean(nickname) : Objects.requireNonNullElse(clean(company), "(no name)");
	}

	/** The name key without its id: last name (or what stands in for it), then first name. */
	private static String nameStem(String first, String last, String nickname, String company) {
		String primary = last != null ? last
				: first != null ? first : Objects.requireNonNullElse(nickname, Objects.requireNonNullElse(company, ""));
		return fold(primary) + "\u0001" + fold(last != null ? first : "") + "\u0001";
	}

	/** A key whose ascending order is newest first, so every list order is an ascending index scan. */
	static String newestFirstKey(Instant time, String id) {
		long micros = time == null ? 0 : time.getEpochSecond() * 1_000_000 + time.getNano() / 1000;
		return String.format("%019d", Long.MAX_VALUE - micros) + "|" + id;
	}

	private static void checkDate(Problems problems, PartialDate date, Object... path) {
		if (date != null && !date.isValid()) {
			problems.add(UserErrorCode.INVALID_DATE, date + " is not a day of the year", path);
		}
	}

	private static void checkCount(Problems problems, List<?> list, int max, String field) {
		if (list.size() > max) {
			problems.add(UserErrorCode.INVALID, "At most " + max + " " + field + " are allowed", field);
		}
	}

	private static List<String> labels(List<String> values, int maxLength, String field, Problems problems) {
		Set<String> seen = new HashSet<>();
		List<String> result = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String v = clean(values.get(i));
			if (v == null) {
				continue;
			}
			problems.maxLength(v, maxLength, field, i);
			if (seen.add(v.toLowerCase(Locale.ROOT))) {
				result.add(v);
			}
		}
		return result;
	}

	static String clean(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

	private static <T> T orDefault(T value, T fallback) {
		return value == null ? fallback : value;
	}

}
