package com.rootline.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.rootline.contact.Contact;

/**
 * One mailing label per household: the contacts at one address (by household key) get one
 * envelope, addressed the way people write it by hand.
 * <ul>
 * <li>one person: "Maria García"; with a spouse on record: "Maria &amp; Luis García";</li>
 * <li>two people: "Maria &amp; Luis García", or "Maria García &amp; Sam Lee" when the family
 * names differ;</li>
 * <li>three or more: "The García Household", after the first of them by name.</li>
 * </ul>
 */
final class MailingLabels {

	static final List<String> COLUMNS = List.of("Name", "Address Line 1", "Address Line 2", "City", "Region",
			"Postal Code", "Country");

	private MailingLabels() {
	}

	/** The address a mailing goes to: MAILING, else HOME, else the first. */
	static Optional<Contact.PostalAddress> mailingAddress(Contact c) {
		return c.addresses()
			.stream()
			.min(Comparator.comparingInt(a -> a.type() == Contact.AddressType.MAILING ? 0
					: a.type() == Contact.AddressType.HOME ? 1 : 2));
	}

	/** The label of a household: its members, all at the same household address. */
	static List<Object> label(List<Contact> household) {
		List<Contact> members = household.stream().sorted(Comparator.comparing(Contact::displayName)).toList();
		Contact.PostalAddress address = mailingAddress(members.getFirst()).orElseThrow();
		List<String> lines = address.lines();
		List<Object> cells = new ArrayList<>();
		cells.add(name(members));
		cells.add(lines.isEmpty() ? null : lines.getFirst());
		cells.add(lines.size() < 2 ? null : String.join(", ", lines.subList(1, lines.size())));
		cells.add(address.city());
		cells.add(address.region());
		cells.add(address.postalCode());
		cells.add(address.country());
		return cells;
	}

	private record Person(String first, String last, String whole) {
	}

	static String name(List<Contact> members) {
		List<Person> people = new ArrayList<>();
		for (Contact c : members) {
			people.add(new Person(c.firstName(), c.lastName(), c.displayName()));
		}
		if (members.size() == 1 && members.getFirst().spouse() != null) {
			String spouse = members.getFirst().spouse().name().strip();
			int space = spouse.lastIndexOf(' ');
			people.add(space < 0 ? new Person(spouse, members.getFirst().lastName(), spouse)
					: new Person(spouse.substring(0, space), spouse.substring(space + 1), spouse));
		}
		if (people.size() == 1) {
			return people.getFirst().whole();
		}
		Person a = people.get(0);
		if (people.size() > 2) {
			return "The " + (a.last() != null ? a.last() : a.whole()) + " Household";
		}
		Person b = people.get(1);
		if (a.first() != null && b.first() != null && a.last() != null && b.last() != null && fold(a.last()).equals(fold(b.last()))) {
			return a.first() + " & " + b.first() + " " + a.last();
		}
		return a.whole() + " & " + b.whole();
	}

	/** García and Garcia are one family: the same name typed with and without the accent. */
	private static String fold(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

}
