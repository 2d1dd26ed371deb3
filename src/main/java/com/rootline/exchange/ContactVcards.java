package com.rootline.exchange;

import java.util.Locale;

import com.rootline.api.PartialDate;
import com.rootline.contact.Contact;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.RelatedType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;

/**
 * A contact as a vCard 4.0, the way phones and mail programs read one: the types map back to what
 * {@link VcardAddressBook} reads, so an exported card imports into the same contact.
 */
final class ContactVcards {

	static final VCardVersion VERSION = VCardVersion.V4_0;

	private ContactVcards() {
	}

	static VCard card(Contact c) {
		VCard card = new VCard(VERSION);
		card.setUid(new Uid(c.id()));
		card.setFormattedName(c.displayName());
		StructuredName name = new StructuredName();
		name.setGiven(c.firstName());
		name.setFamily(c.lastName());
		if (c.middleName() != null) {
			name.getAdditionalNames().add(c.middleName());
		}
		if (c.prefix() != null) {
			name.getPrefixes().add(c.prefix());
		}
		if (c.suffix() != null) {
			name.getSuffixes().add(c.suffix());
		}
		card.setStructuredName(name);
		if (c.nickname() != null) {
			card.setNickname(c.nickname());
		}
		if (c.company() != null) {
			card.setOrganization(c.company());
		}
		if (c.jobTitle() != null) {
			card.addTitle(c.jobTitle());
		}
		for (Contact.Phone phone : c.phones()) {
			Telephone tel = new Telephone(phone.number());
			tel.getTypes().add(switch (phone.type()) {
				case MOBILE -> TelephoneType.CELL;
				case HOME -> TelephoneType.HOME;
				case WORK -> TelephoneType.WORK;
				case FAX -> TelephoneType.FAX;
				case OTHER -> TelephoneType.VOICE;
			});
			card.addTelephoneNumber(tel);
		}
		for (Contact.Email email : c.emails()) {
			EmailType type = switch (email.type()) {
				case HOME -> EmailType.HOME;
				case WORK -> EmailType.WORK;
				case OTHER -> null;
			};
			if (type == null) {
				card.addEmail(email.address());
			}
			else {
				card.addEmail(email.address(), type);
			}
		}
		for (Contact.PostalAddress a : c.addresses()) {
			Address adr = new Address();
			adr.getStreetAddresses().add(String.join("\n", a.lines()));
			adr.setLocality(a.city());
			adr.setRegion(a.region());
			adr.setPostalCode(a.postalCode());
			adr.setCountry(a.country());
			switch (a.type()) {
				case HOME, MAILING -> adr.getTypes().add(AddressType.HOME);
				case WORK -> adr.getTypes().add(AddressType.WORK);
				case OTHER -> {
				}
			}
			if (a.type() == Contact.AddressType.MAILING) {
				adr.setLabel(mailingLabel(c, a));
			}
			card.addAddress(adr);
		}
		if (c.birthday() != null) {
			card.setBirthday(new Birthday(partial(c.birthday())));
		}
		if (c.anniversary() != null) {
			card.setAnniversary(new Anniversary(partial(c.anniversary())));
		}
		if (c.spouse() != null) {
			card.addRelated(related(c.spouse().name(), RelatedType.SPOUSE));
		}
		c.children().forEach(child -> card.addRelated(related(child.name(), RelatedType.CHILD)));
		if (!c.groups().isEmpty()) {
			Categories categories = new Categories();
			categories.getValues().addAll(c.groups());
			card.setCategories(categories);
		}
		return card;
	}

	private static ezvcard.util.PartialDate partial(PartialDate date) {
		return ezvcard.util.PartialDate.builder().year(date.year()).month(date.month()).date(date.day()).build();
	}

	private static Related related(String name, RelatedType type) {
		Related related = new Related();
		related.setText(name);
		related.getTypes().add(type);
		return related;
	}

	private static String mailingLabel(Contact c, Contact.PostalAddress a) {
		StringBuilder label = new StringBuilder(c.displayName());
		a.lines().forEach(line -> label.append('\n').append(line));
		label.append('\n').append(String.join(" ", nonNull(a.city()), nonNull(a.region()), nonNull(a.postalCode())).strip());
		if (a.country() != null) {
			label.append('\n').append(a.country().toUpperCase(Locale.ROOT));
		}
		return label.toString();
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

}
