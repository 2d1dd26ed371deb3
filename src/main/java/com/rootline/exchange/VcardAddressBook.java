package com.rootline.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import com.rootline.contact.Contact;
import com.rootline.contact.ContactImports;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.VCardParameter;
import ezvcard.property.Address;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/**
 * vCard 2.1, 3.0 and 4.0 files with any number of cards, read one card at a time by ez-vcard
 * (folded lines, quoted-printable and charsets of legacy cards included). The {@code UID}, when
 * there is one, is the contact's external id, so that a re-import of the same cards matches.
 * A card has no line number of its own here: entries are numbered by card.
 */
final class VcardAddressBook implements AddressBook {

	private final VCardReader reader;

	private VCard next;

	private long cards;

	VcardAddressBook(Reader in) {
		this.reader = new VCardReader(in);
	}

	@Override
	public boolean hasNext() {
		if (next == null) {
			try {
				next = reader.readNext();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return next != null;
	}

	@Override
	public Entry next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		VCard card = next;
		next = null;
		cards++;
		return map(cards, card);
	}

	private static Entry map(long number, VCard card) {
		RowBuilder b = new RowBuilder(number);
		b.externalId = card.getUid() == null ? null : card.getUid().getValue();
		List<String> identity = new ArrayList<>();
		StructuredName n = card.getStructuredName();
		if (n != null) {
			b.firstName = n.getGiven();
			b.lastName = n.getFamily();
			b.middleName = String.join(" ", n.getAdditionalNames());
			b.prefix = String.join(" ", n.getPrefixes());
			b.suffix = String.join(" ", n.getSuffixes());
		}
		if (RowBuilder.blank(b.firstName) && RowBuilder.blank(b.lastName) && card.getFormattedName() != null) {
			b.firstName = card.getFormattedName().getValue();
		}
		if (card.getNickname() != null && !card.getNickname().getValues().isEmpty()) {
			b.nickname = card.getNickname().getValues().getFirst();
		}
		for (Telephone tel : card.getTelephoneNumbers()) {
			String digits = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
			b.phone(phoneType(tel.getTypes().stream().map(VCardParameter::getValue).toList()), digits, "TEL");
		}
		for (Email email : card.getEmails()) {
			List<String> types = email.getTypes().stream().map(VCardParameter::getValue).toList();
			b.email(has(types, "work") ? Contact.EmailType.WORK
					: has(types, "home") ? Contact.EmailType.HOME : Contact.EmailType.OTHER, email.getValue(), "EMAIL");
		}
		for (Address adr : card.getAddresses()) {
			List<String> types = adr.getTypes().stream().map(VCardParameter::getValue).toList();
			List<String> lines = new ArrayList<>();
			adr.getStreetAddresses().forEach(s -> lines.addAll(RowBuilder.split(s, "\n")));
			lines.addAll(adr.getExtendedAddresses());
			adr.getPoBoxes().forEach(p -> lines.add("PO Box " + p));
			b.address(has(types, "work") ? Contact.AddressType.WORK
					: has(types, "home") ? Contact.AddressType.HOME : Contact.AddressType.OTHER, lines, adr.getLocality(),
					adr.getRegion(), adr.getPostalCode(), adr.getCountry(), "ADR");
		}
		b.birthday = date(card.getBirthday());
		b.column("birthday", "BDAY");
		b.anniversary = date(card.getAnniversary());
		b.column("anniversary", "ANNIVERSARY");
		if (!card.getNotes().isEmpty()) {
			b.notes = String.join("\n\n", card.getNotes().stream().map(note -> note.getValue()).toList());
		}
		card.getCategoriesList().forEach(c -> b.groups.addAll(c.getValues()));
		if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
			b.company = card.getOrganization().getValues().getFirst();
		}
		if (!card.getTitles().isEmpty()) {
			b.jobTitle = card.getTitles().getFirst().getValue();
		}
		for (Related related : card.getRelations()) {
			List<String> types = related.getTypes().stream().map(VCardParameter::getValue).toList();
			String who = related.getText() != null ? related.getText() : related.getUri();
			if (who != null && has(types, "spouse")) {
				b.spouseName = who;
			}
			else if (who != null && has(types, "child")) {
				b.children.add(new ContactImports.Child(who, null));
			}
		}
		for (RawProperty raw : card.getExtendedProperties()) {
			String name = raw.getPropertyName().toUpperCase(Locale.ROOT);
			if ((name.equals("X-SPOUSE") || name.equals("X-MS-SPOUSE")) && RowBuilder.blank(b.spouseName)) {
				b.spouseName = raw.getValue();
			}
		}
		identity.add(card.getVersion() == null ? "" : card.getVersion().getVersion());
		identity.add(b.firstName);
		identity.add(b.lastName);
		b.emails.forEach(e -> identity.add(e.address()));
		b.phones.forEach(p -> identity.add(p.number()));
		b.fingerprint = AddressBook.fingerprint("VCARD", identity);
		return new Entry(number, b.build(), null, null, null, b.problems);
	}

	/** A full date, or a day without a year as {@code --MM-DD}; free text is passed on for the rules to judge. */
	private static String date(DateOrTimeProperty property) {
		if (property == null) {
			return null;
		}
		Temporal date = property.getDate();
		if (date instanceof LocalDate d) {
			return d.toString();
		}
		if (date instanceof LocalDateTime dt) {
			return dt.toLocalDate().toString();
		}
		if (date instanceof OffsetDateTime odt) {
			return odt.toLocalDate().toString();
		}
		ezvcard.util.PartialDate partial = property.getPartialDate();
		if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
			return (partial.getYear() == null ? "-" : String.format("%04d", partial.getYear()))
					+ String.format("-%02d-%02d", partial.getMonth(), partial.getDate());
		}
		return property.getText();
	}

	private static Contact.PhoneType phoneType(List<String> types) {
		if (has(types, "cell")) {
			return Contact.PhoneType.MOBILE;
		}
		if (has(types, "fax")) {
			return Contact.PhoneType.FAX;
		}
		return has(types, "work") ? Contact.PhoneType.WORK : has(types, "home") ? Contact.PhoneType.HOME
				: Contact.PhoneType.OTHER;
	}

	private static boolean has(List<String> types, String type) {
		return types.stream().anyMatch(t -> t != null && t.equalsIgnoreCase(type));
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
