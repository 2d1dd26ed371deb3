package com.rootline.contact;

import java.util.List;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.ContactInputs.CreateContactInput;
import com.rootline.contact.ContactInputs.IdInput;
import com.rootline.contact.ContactInputs.LogInteractionInput;
import com.rootline.contact.ContactInputs.UpdateContactInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The contact mutations. Business failures come back as {@code userErrors}, with nothing written. A
 * write Neo4j aborts for a transient reason (a deadlock with another writer of the same contact) is
 * run again whole.
 */
@Controller
class ContactMutationController {

	private final ContactService contacts;

	private final ContactReader reader;

	ContactMutationController(ContactService contacts, ContactReader reader) {
		this.contacts = contacts;
		this.reader = reader;
	}

	record ContactPayload(Contact contact, List<UserError> userErrors) {

		static ContactPayload ok(Contact contact) {
			return new ContactPayload(contact, List.of());
		}

		static ContactPayload failed(List<UserError> errors) {
			return new ContactPayload(null, errors);
		}

	}

	record DeleteContactPayload(String deletedId, List<UserError> userErrors) {
	}

	record LogInteractionPayload(Interaction interaction, Contact contact, List<UserError> userErrors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	ContactPayload createContact(@Argument CreateContactInput input) {
		return Payloads.attempt(() -> contacts.create(input),
				ContactPayload::ok, ContactPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	ContactPayload updateContact(@Argument UpdateContactInput input) {
		return Payloads.attempt(() -> contacts.update(input),
				ContactPayload::ok, ContactPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	ContactPayload archiveContact(@Argument IdInput input) {
		return Payloads.attempt(() -> contacts.setArchived(input.id(), true),
				ContactPayload::ok, ContactPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	ContactPayload restoreContact(@Argument IdInput input) {
		return Payloads.attempt(() -> contacts.setArchived(input.id(), false),
				ContactPayload::ok, ContactPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	DeleteContactPayload deleteContact(@Argument IdInput input) {
		return Payloads.attempt(() -> contacts.delete(input.id()),
				id -> new DeleteContactPayload(id, List.of()),
				errors -> new DeleteContactPayload(null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	ContactPayload eraseContact(@Argument IdInput input) {
		return Payloads.attempt(() -> contacts.erase(input.id()),
				ContactPayload::ok, ContactPayload::failed);
	}

	record SetDoNotContactInput(String contactId, boolean doNotContact) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	ContactPayload setDoNotContact(@Argument SetDoNotContactInput input) {
		return Payloads.attempt(
				() -> contacts.setDoNotContact(input.contactId(), input.doNotContact()),
				ContactPayload::ok, ContactPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	LogInteractionPayload logInteraction(@Argument LogInteractionInput input) {
		return Payloads.attempt(() -> contacts.logInteraction(input),
				i -> new LogInteractionPayload(i, reader.find(i.contactId()).orElse(null), List.of()),
				errors -> new LogInteractionPayload(null, null, errors));
	}

}
