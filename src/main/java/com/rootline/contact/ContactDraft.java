package com.rootline.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.rootline.contact.ContactInputs.ChildInput;
import com.rootline.contact.ContactInputs.CustomFieldValueInput;
import com.rootline.contact.ContactInputs.EmailInput;
import com.rootline.contact.ContactInputs.PhoneInput;
import com.rootline.contact.ContactInputs.PostalAddressInput;
import com.rootline.contact.ContactInputs.SpouseInput;
import com.rootline.contact.ContactInputs.UpdateContactInput;
import com.rootline.api.PartialDate;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The whole editable state of a contact, as the client wants it to be: a create input, or the
 * stored contact with an update's present fields applied. {@link ContactRules} checks it. It is
 * kept in the parts a contact has (see {@link Contact}); the flat accessors read through them.
 */
record ContactDraft(Names names, Reach reach, Family family, Contact.Work work, Filing filing) {

	record Names(String prefix, String firstName, String middleName, String lastName, String suffix,
			String nickname) {
	}

	record Reach(List<PhoneInput> phones, List<EmailInput> emails, List<PostalAddressInput> addresses) {
	}

	record Family(PartialDate birthday, PartialDate anniversary, SpouseInput spouse, List<ChildInput> children,
			List<String> hobbies) {
	}

	record Filing(List<String> groups, List<String> tags, boolean active, Contact.StatusLevel statusLevel,
			String contactType, List<CustomFieldValueInput> customFields) {
	}

	static ContactDraft of(Contact c) {
		Names names = new Names(c.prefix(), c.firstName(), c.middleName(), c.lastName(), c.suffix(), c.nickname());
		Reach reach = new Reach(c.phones().stream().map(p -> new PhoneInput(p.type(), p.number())).toList(),
				c.emails().stream().map(e -> new EmailInput(e.type(), e.address())).toList(),
				c.addresses()
					.stream()
					.map(a -> new PostalAddressInput(a.type(), a.lines(), a.city(), a.region(), a.postalCode(),
							a.country()))
					.toList());
		Family family = new Family(c.birthday(), c.anniversary(),
				c.spouse() == null ? null : new SpouseInput(c.spouse().name(), c.spouse().birthday()),
				c.children().stream().map(k -> new ChildInput(k.name(), k.birthday())).toList(), c.hobbies());
		Filing filing = new Filing(c.groups(), c.tags(), c.active(), c.statusLevel(), c.contactType(), List.of());
		return new ContactDraft(names, reach, family, c.work(), filing);
	}

	/** This draft with the present fields of an update applied. Custom fields change only the keys named. */
	ContactDraft apply(UpdateContactInput u) {
		List<CustomFieldValueInput> custom = new ArrayList<>();
		if (u.customFields().isPresent()) {
			custom.addAll(u.customFields().value());
		}
		Names names = new Names(pick(u.prefix(), prefix()), pick(u.firstName(), firstName()),
				pick(u.middleName(), middleName()), pick(u.lastName(), lastName()), pick(u.suffix(), suffix()),
				pick(u.nickname(), nickname()));
		Reach reach = new Reach(list(u.phones(), phones()), list(u.emails(), emails()), list(u.addresses(), addresses()));
		Family family = new Family(pick(u.birthday(), birthday()), pick(u.anniversary(), anniversary()),
				pick(u.spouse(), spouse()), list(u.children(), children()), list(u.hobbies(), hobbies()));
		Contact.Work job = new Contact.Work(pick(u.jobTitle(), jobTitle()), pick(u.company(), company()));
		Filing filed = new Filing(list(u.groups(), groups()), list(u.tags(), tags()),
				u.active().isOmitted() ? active() : Boolean.TRUE.equals(u.active().value()),
				pick(u.statusLevel(), statusLevel()), pick(u.contactType(), contactType()), custom);
		return new ContactDraft(names, reach, family, job, filed);
	}

	String prefix() {
		return names.prefix();
	}

	String firstName() {
		return names.firstName();
	}

	String middleName() {
		return names.middleName();
	}

	String lastName() {
		return names.lastName();
	}

	String suffix() {
		return names.suffix();
	}

	String nickname() {
		return names.nickname();
	}

	List<PhoneInput> phones() {
		return reach.phones();
	}

	List<EmailInput> emails() {
		return reach.emails();
	}

	List<PostalAddressInput> addresses() {
		return reach.addresses();
	}

	PartialDate birthday() {
		return family.birthday();
	}

	PartialDate anniversary() {
		return family.anniversary();
	}

	SpouseInput spouse() {
		return family.spouse();
	}

	List<ChildInput> children() {
		return family.children();
	}

	List<String> hobbies() {
		return family.hobbies();
	}

	String jobTitle() {
		return work.jobTitle();
	}

	String company() {
		return work.company();
	}

	List<String> groups() {
		return filing.groups();
	}

	List<String> tags() {
		return filing.tags();
	}

	boolean active() {
		return filing.active();
	}

	Contact.StatusLevel statusLevel() {
		return filing.statusLevel();
	}

	String contactType() {
		return filing.contactType();
	}

	List<CustomFieldValueInput> customFields() {
		return filing.customFields();
	}

	private static <T> T pick(ArgumentValue<T> given, T current) {
		return given.isOmitted() ? current : given.value();
	}

	private static <T> List<T> list(ArgumentValue<List<T>> given, List<T> current) {
		if (given.isOmitted()) {
			return current;
		}
		return given.value() == null ? List.of() : given.value();
	}

	static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
		Map<K, V> map = new java.util.LinkedHashMap<>();
		values.forEach(v -> map.put(key.apply(v), v));
		return map;
	}

}
