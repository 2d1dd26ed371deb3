package com.rootline.deal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.CypherQueries;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import com.rootline.mail.MailSettings;
import com.rootline.mail.MergeFields;
import com.rootline.mail.NewEmail;
import com.rootline.mail.Outbox;
import com.rootline.mail.OutboxMessage;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails stage prompts draft: one per contact of the deal with an address, rendered from the
 * prompt's STAGE_PROMPT template and signed by the deal's agent, written as DRAFTs in the stage
 * change's transaction for the agent to review and send ({@code sendDraft}). Nothing is sent unseen.
 */
@Component
class StageDrafts {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactReader contacts;

	private final AgentReader agents;

	private final EmailTemplates templates;

	private final Outbox outbox;

	private final MailSettings mail;

	StageDrafts(Neo4jClient neo4j, CypherQueries queries, ContactReader contacts, AgentReader agents,
			EmailTemplates templates, Outbox outbox, MailSettings mail) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
		this.agents = agents;
		this.templates = templates;
		this.outbox = outbox;
		this.mail = mail;
	}

	record StagePrompt(String id, String stage, String fromStage, String template, long dueAfterDays,
			String emailTemplateId) {

		static StagePrompt of(Map<String, Object> m) {
			return new StagePrompt((String) m.get("id"), (String) m.get("stage"), (String) m.get("fromStage"),
					(String) m.get("template"), (Long) m.get("dueAfterDays"), (String) m.get("emailTemplateId"));
		}

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
			values.put("dealStage", deal.stage());
			outbox.draft(NewEmail.of(OutboxMessage.Kind.STAGE_PROMPT, contact.emails().getFirst().address(),
					contact.displayName(), contact.id(), signer, MergeFields.render(template, values)).forDeal(deal.id()));
		}
	}

	List<StagePrompt> prompts() {
		return List.copyOf(neo4j.query(queries.get("deal/stage-prompts"))
			.fetchAs(StagePrompt.class)
			.mappedBy((t, r) -> StagePrompt.of(r.get("prompt").asMap()))
			.all());
	}

	/** @throws UserErrorsException NOT_FOUND prompt or template, WRONG_PURPOSE */
	@Transactional
	StagePrompt setEmailTemplate(String promptId, String templateId) {
		if (templateId != null) {
			templates.require(templateId, EmailTemplate.Purpose.STAGE_PROMPT, "emailTemplateId");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", promptId);
		params.put("templateId", templateId);
		return neo4j.query(queries.get("deal/set-prompt-email"))
			.bindAll(params)
			.fetchAs(StagePrompt.class)
			.mappedBy((t, r) -> StagePrompt.of(r.get("prompt").asMap()))
			.one()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No stage prompt " + promptId, "id")));
	}

}
