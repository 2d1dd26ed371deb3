package com.rootline.mail;

import java.util.List;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.mail.EmailTemplates.SaveEmailTemplateInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code EmailTemplate} type. */
@Controller
class EmailTemplateController {

	private final EmailTemplates templates;

	EmailTemplateController(EmailTemplates templates) {
		this.templates = templates;
	}

	record EmailTemplatePayload(EmailTemplate template, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<EmailTemplate> emailTemplates() {
		return templates.all();
	}

	@SchemaMapping(typeName = "EmailTemplate")
	@PreAuthorize("hasRole('VIEWER')")
	List<String> mergeFields(EmailTemplate template) {
		return List.copyOf(template.purpose().fields());
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	EmailTemplatePayload saveEmailTemplate(@Argument SaveEmailTemplateInput input) {
		return Payloads.attempt(() -> templates.save(input), t -> new EmailTemplatePayload(t, List.of()),
				errors -> new EmailTemplatePayload(null, errors));
	}

}
