package com.rootline.contact;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.contact.ContactRules.AddressRow;
import com.rootline.contact.ContactRules.ContactWrite;
import com.rootline.contact.ContactRules.EmailRow;
import com.rootline.contact.ContactRules.PhoneRow;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/**
 * The statements that give contacts their state: {@code contact/create} makes empty ones,
 * {@code contact/write} and {@code contact/edit} write checked ones, and the household keys they
 * hold are marked shared after each write (see mark-households.cypher). An edit is one row, an
 * import a batch of them.
 */
@Component
class ContactWrites {

	private final Statements statements;

	ContactWrites(Statements statements) {
		this.statements = statements;
	}

	/** An empty contact, with the keys that place it in the lists until it is written. */
	record NewRow(String id, String createdKey, String contactedKey) {

		static NewRow of(String id, ZonedDateTime now) {
			return new NewRow(id, ContactRules.newestFirstKey(now.toInstant(), id), ContactRules.newestFirstKey(null, id));
		}

	}

	/**
	 * A checked contact as one row of {@code contact/_write}; the relationship types in {@code keep}
	 * are left as they are (their lists are then empty).
	 */
	record WriteRow(String id, Map<String, Object> props, String nameKey, List<String> keep, List<PhoneRow> phones,
			List<EmailRow> emails, List<AddressRow> addresses, List<String> groups, List<String> tags,
			String contactType, String coupleKey) {

		static WriteRow of(String id, ContactWrite write, Set<String> keep) {
			return new WriteRow(id, write.props(), write.nameKey(id), List.copyOf(keep),
					keep.contains("HAS_PHONE") ? List.of() : write.phones(),
					keep.contains("HAS_EMAIL") ? List.of() : write.emails(),
					keep.contains("HAS_ADDRESS") ? List.of() : write.addresses(),
					keep.contains("IN_GROUP") ? List.of() : write.groups(),
					keep.contains("TAGGED") ? List.of() : write.tags(), write.contactType(), write.coupleKey());
		}

		/** The same row with other properties (an import adds its external id and fingerprint). */
		WriteRow withProps(Map<String, Object> other) {
			return new WriteRow(id, other, nameKey, keep, phones, emails, addresses, groups, tags, contactType,
					coupleKey);
		}

	}

	/** Creates empty contacts; answers their element ids. */
	List<String> create(List<NewRow> rows, ZonedDateTime now) {
		return statements.all("contact/create", new Created(now, rows), ElementId.class)
			.stream()
			.map(ElementId::elementId)
			.toList();
	}

	/** Writes the rows' contacts and marks the household keys they hold. */
	void write(List<WriteRow> rows, ZonedDateTime now) {
		statements.run("contact/write", new Written(now, rows));
		markHouseholds(rows, now);
	}

	/** Writes one contact and answers it as the same statement reads it back (a contact/_return-record map). */
	Map<String, Object> edit(WriteRow row, ZonedDateTime now) {
		Map<String, Object> contact = statements.one("contact/edit", new Written(now, List.of(row)), Edited.class)
			.orElseThrow()
			.contact();
		markHouseholds(List.of(row), now);
		return contact;
	}

	/** Marks the keys of rows just written, in one statement, sorted: each key is locked in that order. */
	private void markHouseholds(List<WriteRow> rows, ZonedDateTime now) {
		TreeSet<HouseholdKey> keys = new TreeSet<>();
		for (WriteRow row : rows) {
			for (AddressRow address : row.addresses()) {
				if (address.type() == Contact.AddressType.HOME && address.householdKey() != null) {
					keys.add(new HouseholdKey("HOME", address.householdKey()));
				}
			}
			if (row.coupleKey() != null) {
				keys.add(new HouseholdKey("COUPLE", row.coupleKey()));
			}
		}
		if (!keys.isEmpty()) {
			statements.run("contact/mark-households", new Households(List.copyOf(keys), now));
		}
	}

	private record Created(ZonedDateTime now, List<NewRow> rows) {
	}

	private record ElementId(String elementId) {
	}

	private record Written(ZonedDateTime now, List<WriteRow> rows) {
	}

	private record Edited(Map<String, Object> contact) {
	}

	/** A household key: a home address's or a couple's, ordered as the keys' text was. */
	private record HouseholdKey(String kind, String value) implements Comparable<HouseholdKey> {

		@Override
		public int compareTo(HouseholdKey other) {
			return (kind + "|" + value).compareTo(other.kind + "|" + other.value);
		}

	}

	private record Households(List<HouseholdKey> keys, ZonedDateTime now) {
	}

}
