package com.rootline.contact;

import java.util.List;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.ContactInputs.DefineCustomFieldInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code CustomFieldDefinition} type: the brokerage's own contact fields. */
@Controller
class CustomFieldController {

	private final CustomFields customFields;

	private final ContactService contacts;

	CustomFieldController(CustomFields customFields, ContactService contacts) {
		this.customFields = customFields;
		this.contacts = contacts;
	}

	record DefineCustomFieldPayload(CustomFields.Definition definition, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<CustomFields.Definition> customFieldDefinitions() {
		return customFields.all();
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DefineCustomFieldPayload defineCustomField(@Argument DefineCustomFieldInput input) {
		return Payloads.attempt(() -> contacts.defineCustomField(input),
				d -> new DefineCustomFieldPayload(d, List.of()), errors -> new DefineCustomFieldPayload(null, errors));
	}

}
