package com.rootline.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.Contact;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code EmailStatus} type: a contact's e-mail permissions, read for a page of contacts at once. */
@Controller
class EmailStatusController {

	private final EmailPermissions permissions;

	EmailStatusController(EmailPermissions permissions) {
		this.permissions = permissions;
	}

	record SetEmailConsentInput(String contactId, boolean consent) {
	}

	record SetEmailConsentPayload(EmailPermissions.EmailStatus emailStatus, List<UserError> userErrors) {
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, EmailPermissions.EmailStatus> emailStatus(List<Contact> contacts) {
		Map<String, EmailPermissions.EmailStatus> byId = permissions.of(contacts.stream().map(Contact::id).toList());
		Map<Contact, EmailPermissions.EmailStatus> result = new HashMap<>();
		EmailPermissions.EmailStatus none = new EmailPermissions.EmailStatus(null, null, null, null, false);
		contacts.forEach(c -> result.put(c, byId.getOrDefault(c.id(), none)));
		return result;
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	SetEmailConsentPayload setEmailConsent(@Argument SetEmailConsentInput input) {
		return Payloads.attempt(() -> permissions.setConsent(input.contactId(), input.consent()),
				s -> new SetEmailConsentPayload(s, List.of()), errors -> new SetEmailConsentPayload(null, errors));
	}

}
