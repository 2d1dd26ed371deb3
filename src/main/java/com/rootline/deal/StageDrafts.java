package com.rootline.deal;

import java.util.List;
import java.util.Map;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.Statements;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import com.rootline.mail.MailSettings;
import com.rootline.mail.MergeFields;
import com.rootline.mail.NewEmail;
import com.rootline.mail.Outbox;
import com.rootline.mail.OutboxMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails stage prompts draft: one per contact of the deal with an address, rendered from the
 * prompt's STAGE_PROMPT template and signed by the deal's agent, written as DRAFTs in the stage
 * change's transaction for the agent to review and send ({@code sendDraft}). Nothing is sent unseen.
 */
@Component
class StageDrafts {

	private final Statements statements;

	private final ContactReader contacts;

	private final AgentReader agents;

	private final EmailTemplates templates;

	private final Outbox outbox;

	private final MailSettings mail;

	StageDrafts(Statements statements, ContactReader contacts, AgentReader agents, EmailTemplates templates,
			Outbox outbox, MailSettings mail) {
		this.statements = statements;
		this.contacts = contacts;
		this.agents = agents;
		this.templates = templates;
		this.outbox = outbox;
		this.mail = mail;
	}

	record StagePrompt(String id, Deal.Stage stage, Deal.Stage fromStage, String template, long dueAfterDays,
			String emailTemplateId) {
	}

	private record PromptRow(StagePrompt prompt) {
	}

	private record PromptEmail(String id, String templateId) {
	}

	void write(Deal deal, String templateId) {
		EmailTemplate template = templates.find(templateId).orElse(null);
		if (template == null || template.purpose() != EmailTemplate.Purpose.STAGE_PROMPT) {
			return;
		}
		Agent agent = deal.agentId() == null ? null : agents.find(deal.agentId()).orElse(null);
		NewEmail.Signer signer = NewEmail.Signer.of(agent, mail.brokerage());
		for (Contact contact : contacts.findAll(deal.contactIds()).values()) {
			if (contact.emails().isEmpty() || contact.erased()) {
				continue;
			}
			Map<String, String> values = MergeFields.toContact(contact.firstName(), contact.lastName(), agent,
					mail.brokerage());
			values.put("dealKind", deal.kind());
			values.put("dealStage", deal.stage().name());
			outbox.draft(NewEmail.of(OutboxMessage.Kind.STAGE_PROMPT, contact.emails().getFirst().address(),
					contact.displayName(), contact.id(), signer, MergeFields.render(template, values)).forDeal(deal.id()));
		}
	}

	List<StagePrompt> prompts() {
		return statements.all("deal/stage-prompts", PromptRow.class)
			.stream()
			.map(PromptRow::prompt)
			.toList();
	}

	/** @throws UserErrorsException NOT_FOUND prompt or template, WRONG_PURPOSE */
	@Transactional
	StagePrompt setEmailTemplate(String promptId, String templateId) {
		if (templateId != null) {
			templates.require(templateId, EmailTemplate.Purpose.STAGE_PROMPT, "emailTemplateId");
		}
		return statements.one("deal/set-prompt-email", new PromptEmail(promptId, templateId), PromptRow.class)
			.map(PromptRow::prompt)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No stage prompt " + promptId, "id")));
	}

}
