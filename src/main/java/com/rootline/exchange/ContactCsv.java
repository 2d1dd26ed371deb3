package com.rootline.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.rootline.contact.Contact;

/** A contact as one row of Rootline CSV, in the order of {@link RootlineCsv#columns}. */
final class ContactCsv {

	private ContactCsv() {
	}

	/** The contact's external id and its origin, as {@code exchange/export-origins} reads them. */
	record Origin(String id, String externalId, String referrerId, Boolean outlet, LocalDate referredOn) {
	}

	static List<Object> cells(Contact c, Origin origin, List<String> customKeys) {
		List<Object> cells = new ArrayList<>();
		cells.add(c.id());
		cells.add(origin == null ? null : origin.externalId());
		cells.add(c.prefix());
		cells.add(c.firstName());
		cells.add(c.middleName());
		cells.add(c.lastName());
		cells.add(c.suffix());
		cells.add(c.nickname());
		cells.add(c.company());
		cells.add(c.jobTitle());
		cells.add(c.phones().stream().map(p -> p.type() + ": " + p.number()).collect(Collectors.joining("; ")));
		cells.add(c.emails().stream().map(e -> e.type() + ": " + e.address()).collect(Collectors.joining("; ")));
		for (int n = 0; n < RootlineCsv.ADDRESSES; n++) {
			Contact.PostalAddress a = n < c.addresses().size() ? c.addresses().get(n) : null;
			cells.add(a == null ? null : a.type().name());
			cells.add(a == null ? null : String.join("\n", a.lines()));
			cells.add(a == null ? null : a.city());
			cells.add(a == null ? null : a.region());
			cells.add(a == null ? null : a.postalCode());
			cells.add(a == null ? null : a.country());
		}
		cells.add(c.birthday());
		cells.add(c.anniversary());
		cells.add(c.spouse() == null ? null : c.spouse().name());
		cells.add(c.spouse() == null ? null : c.spouse().birthday());
		cells.add(c.children()
			.stream()
			.map(k -> k.birthday() == null ? k.name() : k.name() + " (" + k.birthday() + ")")
			.collect(Collectors.joining("; ")));
		cells.add(String.join("; ", c.hobbies()));
		cells.add(String.join("; ", c.groups()));
		cells.add(String.join("; ", c.tags()));
		cells.add(c.active());
		cells.add(c.statusLevel() == null ? null : c.statusLevel().name());
		cells.add(c.contactType());
		boolean outlet = origin != null && Boolean.TRUE.equals(origin.outlet());
		String referrer = origin == null ? null : origin.referrerId();
		cells.add(outlet ? null : referrer);
		cells.add(origin == null || origin.referredOn() == null ? null : origin.referredOn().toString());
		cells.add(outlet ? referrer : null);
		cells.add(null);
		for (String key : customKeys) {
			cells.add(c.customFields()
				.stream()
				.filter(f -> f.key().equals(key))
				.map(Contact.CustomFieldValue::value)
				.findFirst()
				.orElse(null));
		}
		return cells;
	}

}
