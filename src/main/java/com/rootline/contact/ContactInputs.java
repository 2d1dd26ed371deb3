package com.rootline.contact;

import java.time.OffsetDateTime;
import java.util.List;

import com.rootline.api.PartialDate;
import org.springframework.graphql.data.ArgumentValue;

/** The GraphQL input types of the contact mutations. */
final class ContactInputs {

	private ContactInputs() {
	}

	record PhoneInput(Contact.PhoneType type, String number) {
	}

	record EmailInput(Contact.EmailType type, String address) {
	}

	record PostalAddressInput(Contact.AddressType type, List<String> lines, String city, String region, String postalCode,
			String country) {
	}

	record SpouseInput(String name, PartialDate birthday) {
	}

	record ChildInput(String name, PartialDate birthday) {
	}

	record CustomFieldValueInput(String key, String value) {
	}

	record CreateContactInput(String prefix, String firstName, String middleName, String lastName, String suffix,
			String nickname, List<PhoneInput> phones, List<EmailInput> emails, List<PostalAddressInput> addresses,
			PartialDate birthday, PartialDate anniversary, SpouseInput spouse, List<ChildInput> children,
			List<String> hobbies, String jobTitle, String company, List<String> groups, List<String> tags,
			Boolean active, Contact.StatusLevel statusLevel, String contactType, List<CustomFieldValueInput> customFields,
			Boolean allowDuplicate) {

		ContactDraft toDraft() {
			return new ContactDraft(
					new ContactDraft.Names(prefix, firstName, middleName, lastName, suffix, nickname),
					new ContactDraft.Reach(orEmpty(phones), orEmpty(emails), orEmpty(addresses)),
					new ContactDraft.Family(birthday, anniversary, spouse, orEmpty(children), orEmpty(hobbies)),
					new Contact.Work(jobTitle, company), new ContactDraft.Filing(orEmpty(groups), orEmpty(tags),
							Boolean.TRUE.equals(active), statusLevel, contactType, orEmpty(customFields)));
		}

	}

	/** Absent fields ({@link ArgumentValue#isOmitted()}) stay as they are; present nulls clear. */
	record UpdateContactInput(String id, Integer expectedVersion, ArgumentValue<String> prefix,
			ArgumentValue<String> firstName, ArgumentValue<String> middleName, ArgumentValue<String> lastName,
			ArgumentValue<String> suffix, ArgumentValue<String> nickname, ArgumentValue<List<PhoneInput>> phones,
			ArgumentValue<List<EmailInput>> emails, ArgumentValue<List<PostalAddressInput>> addresses,
			ArgumentValue<PartialDate> birthday, ArgumentValue<PartialDate> anniversary,
			ArgumentValue<SpouseInput> spouse, ArgumentValue<List<ChildInput>> children,
			ArgumentValue<List<String>> hobbies, ArgumentValue<String> jobTitle, ArgumentValue<String> company,
			ArgumentValue<List<String>> groups, ArgumentValue<List<String>> tags, ArgumentValue<Boolean> active,
			ArgumentValue<Contact.StatusLevel> statusLevel, ArgumentValue<String> contactType,
			ArgumentValue<List<CustomFieldValueInput>> customFields) {
	}

	record IdInput(String id) {
	}

	record LogInteractionInput(String contactId, Interaction.Kind kind, Interaction.Direction direction,
			OffsetDateTime occurredAt,
			String summary) {
	}

	record DefineCustomFieldInput(String key, String label, Contact.CustomFieldType type, List<String> options,
			Boolean recurring) {
	}

	static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}

}
