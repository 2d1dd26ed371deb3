package com.rootline.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import com.rootline.mail.OutboxMessage;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code Campaign} type (MARKETING writes, VIEWER reads). */
@Controller
class CampaignController {

	private final Campaigns campaigns;

	private final EmailTemplates templates;

	private final AgentReader agents;

	private final ContactReader contacts;

	private final ApiLimits limits;

	CampaignController(Campaigns campaigns, EmailTemplates templates, AgentReader agents, ContactReader contacts,
			ApiLimits limits) {
		this.campaigns = campaigns;
		this.templates = templates;
		this.agents = agents;
		this.contacts = contacts;
		this.limits = limits;
	}

	record SendTestEmailInput(String campaignId, String to) {
	}

	record StartCampaignInput(String id, int confirmRecipientCount) {
	}

	record CancelCampaignInput(String id) {
	}

	record CampaignPayload(Campaign campaign, List<UserError> userErrors) {

		static CampaignPayload ok(Campaign campaign) {
			return new CampaignPayload(campaign, List.of());
		}

		static CampaignPayload failed(List<UserError> errors) {
			return new CampaignPayload(null, errors);
		}

	}

	record SendTestEmailPayload(OutboxMessage message, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Connection<Campaign> campaigns(@Argument Integer first, @Argument String after) {
		return campaigns.page(PageRequest.of(first, after, limits));
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Campaign campaign(@Argument String id) {
		return campaigns.find(id).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("hasRole('MARKETING')")
	Campaigns.Preview previewCampaign(@Argument String id) {
		return campaigns.preview(id);
	}

	@SchemaMapping(typeName = "CampaignPreview")
	@PreAuthorize("hasRole('MARKETING')")
	List<Contact> firstRecipients(Campaigns.Preview preview) {
		Map<String, Contact> found = contacts.findAll(preview.firstRecipientIds());
		return preview.firstRecipientIds().stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	CampaignPayload createCampaign(@Argument Campaigns.CreateCampaignInput input) {
		return Payloads.attempt(() -> campaigns.create(input), CampaignPayload::ok, CampaignPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	SendTestEmailPayload sendTestEmail(@Argument SendTestEmailInput input) {
		return Payloads.attempt(() -> campaigns.sendTest(input.campaignId(), input.to()),
				m -> new SendTestEmailPayload(m, List.of()), errors -> new SendTestEmailPayload(null, errors));
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	CampaignPayload startCampaign(@Argument StartCampaignInput input) {
		return Payloads.attempt(() -> campaigns.start(input.id(), input.confirmRecipientCount()), CampaignPayload::ok,
				CampaignPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	CampaignPayload cancelCampaign(@Argument CancelCampaignInput input) {
		return Payloads.attempt(() -> campaigns.cancel(input.id()), CampaignPayload::ok, CampaignPayload::failed);
	}

	@BatchMapping(typeName = "Campaign")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Campaign, EmailTemplate> template(List<Campaign> list) {
		Map<String, EmailTemplate> found = templates.byIds(list.stream().map(Campaign::templateId).toList());
		Map<Campaign, EmailTemplate> result = new HashMap<>();
		list.stream().filter(k -> found.containsKey(k.templateId())).forEach(k -> result.put(k, found.get(k.templateId())));
		return result;
	}

	@BatchMapping(typeName = "Campaign")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Campaign, Agent> signedBy(List<Campaign> list) {
		Map<String, Agent> found = agents.findAll(list.stream().map(Campaign::signedById)
			.filter(java.util.Objects::nonNull).distinct().toList());
		Map<Campaign, Agent> result = new HashMap<>();
		list.stream().filter(k -> found.containsKey(k.signedById())).forEach(k -> result.put(k, found.get(k.signedById())));
		return result;
	}

	@BatchMapping(typeName = "Campaign")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Campaign, Campaign.Figures> figures(List<Campaign> list) {
		Map<String, Campaign.Figures> byId = campaigns.figures(list.stream().map(Campaign::id).toList());
		Map<Campaign, Campaign.Figures> result = new HashMap<>();
		list.forEach(k -> result.put(k, byId.get(k.id())));
		return result;
	}

}
