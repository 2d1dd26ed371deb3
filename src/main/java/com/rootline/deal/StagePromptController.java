package com.rootline.deal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code StagePrompt} type: the rules deals' stage changes follow. */
@Controller
class StagePromptController {

	private final StageDrafts drafts;

	private final EmailTemplates templates;

	StagePromptController(StageDrafts drafts, EmailTemplates templates) {
		this.drafts = drafts;
		this.templates = templates;
	}

	record SetStagePromptEmailInput(String id, String emailTemplateId) {
	}

	record StagePromptPayload(StageDrafts.StagePrompt prompt, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<StageDrafts.StagePrompt> stagePrompts() {
		return drafts.prompts();
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	StagePromptPayload setStagePromptEmail(@Argument SetStagePromptEmailInput input) {
		return Payloads.attempt(() -> drafts.setEmailTemplate(input.id(), input.emailTemplateId()),
				p -> new StagePromptPayload(p, List.of()), errors -> new StagePromptPayload(null, errors));
	}

	@BatchMapping(typeName = "StagePrompt")
	@PreAuthorize("hasRole('VIEWER')")
	Map<StageDrafts.StagePrompt, EmailTemplate> emailTemplate(List<StageDrafts.StagePrompt> prompts) {
		Map<String, EmailTemplate> found = templates.byIds(prompts.stream()
			.map(StageDrafts.StagePrompt::emailTemplateId)
			.filter(Objects::nonNull)
			.toList());
		Map<StageDrafts.StagePrompt, EmailTemplate> result = new HashMap<>();
		prompts.stream()
			.filter(p -> found.containsKey(p.emailTemplateId()))
			.forEach(p -> result.put(p, found.get(p.emailTemplateId())));
		return result;
	}

}
