package com.rootline.campaign;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactFilter;
import com.rootline.contact.FilterParameters;
import com.rootline.contact.ContactReader;
import com.rootline.contact.ContactStream;
import com.rootline.graph.Statements;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import com.rootline.mail.MailSettings;
import com.rootline.mail.MergeFields;
import com.rootline.mail.NewEmail;
import com.rootline.mail.Outbox;
import com.rootline.mail.OutboxMessage;
import com.rootline.security.Callers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Creating, previewing, starting and cancelling campaigns; each write one transaction. */
@Component
class Campaigns {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final int FIRST_RECIPIENTS = 10;

	private final ContactStream contacts;

	private final ContactReader contactReader;

	private final EmailTemplates templates;

	private final AgentReader agents;

	private final Outbox outbox;

	private final MailSettings mail;

	private final CampaignRunner runner;

	private final Statements statements;

	Campaigns(ContactStream contacts, ContactReader contactReader,
			EmailTemplates templates, AgentReader agents, Outbox outbox, MailSettings mail, CampaignRunner runner,
			Statements statements) {
		this.statements = statements;
		this.contacts = contacts;
		this.contactReader = contactReader;
		this.templates = templates;
		this.agents = agents;
		this.outbox = outbox;
		this.mail = mail;
		this.runner = runner;
	}

	record CreateCampaignInput(String name, String templateId, ContactFilter segment, OffsetDateTime scheduledFor,
			String signedById) {
	}

	record RenderedEmail(String to, String subject, String text, String html) {
	}

	record Preview(long segmentCount, long recipientCount, long suppressedCount, List<String> firstRecipientIds,
			RenderedEmail sample) {
	}

	Optional<Campaign> find(String id) {
		return statements.one("campaign/by-id", new Id(id), Campaign.Stored.class).map(Campaign.Stored::campaign);
	}

	private Campaign require(String id) {
		return find(id).orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No campaign " + id, "id")));
	}

	@Transactional(readOnly = true)
	Connection<Campaign> page(PageRequest page) {
		List<String> keys = page.after() == null ? null : Cursors.decode(page.after(), 2);
		Before before = keys == null ? new Before(page.fetchSize(), null, null)
				: new Before(page.fetchSize(), ZonedDateTime.parse(keys.get(0)), keys.get(1));
		List<Campaign> rows = statements.all("campaign/page", before, Campaign.Stored.class)
			.stream()
			.map(Campaign.Stored::campaign)
			.toList();
		return Connection.of(rows, page, k -> Cursors.encode(k.createdAt().toString(), k.id()),
				() -> statements.one("campaign/count", Count.class).map(Count::count).orElse(0L));
	}

	/**
	 * @throws UserErrorsException REQUIRED, TOO_LONG, NOT_FOUND or WRONG_PURPOSE template, INVALID
	 *     start in the past, NOT_FOUND or WRONG_AGENT_KIND signer
	 * @throws com.rootline.api.ApiException VALIDATION_FAILED for a bad segment, naming its field
	 */
	@Transactional
	Campaign create(CreateCampaignInput input) {
		Problems problems = new Problems();
		if (input.name() == null || input.name().isBlank()) {
			problems.add(UserErrorCode.REQUIRED, "A campaign needs a name", "name");
		}
		problems.maxLength(input.name(), 200, "name");
		if (input.scheduledFor() != null && input.scheduledFor().toInstant().isBefore(java.time.Instant.now().minusSeconds(60))) {
			problems.add(UserErrorCode.INVALID, "A campaign cannot be scheduled in the past", "scheduledFor");
		}
		if (input.signedById() != null) {
			Optional<Agent> signer = agents.find(input.signedById());
			if (signer.isEmpty()) {
				problems.add(UserErrorCode.NOT_FOUND, "No agent " + input.signedById(), "signedById");
			}
			else if (signer.get().isPartner()) {
				problems.add(UserErrorCode.WRONG_AGENT_KIND, signer.get().name() + " is a partner", "signedById");
			}
		}
		problems.throwIfAny();
		templates.require(input.templateId(), EmailTemplate.Purpose.CAMPAIGN, "templateId");
		ContactFilter segment = input.segment() == null ? ContactFilter.NONE : input.segment();
		contacts.matching(segment);
		NewCampaign created = new NewCampaign(UUID.randomUUID().toString(), input.name().strip(), input.templateId(),
				JSON.writeValueAsString(segment),
				input.scheduledFor() == null ? null : input.scheduledFor().atZoneSameInstant(ZoneOffset.UTC),
				input.signedById(), Callers.currentName());
		return statements.one("campaign/create", created, Campaign.Stored.class).orElseThrow().campaign();
	}

	@Transactional(readOnly = true)
	Preview preview(String id) {
		Campaign campaign = find(id).orElseThrow(() -> com.rootline.api.ApiException.notFound("Campaign", id));
		Previewed row = statements
			.one("campaign/preview", new PreviewOf(segment(campaign).parameters(), FIRST_RECIPIENTS), Previewed.class)
			.orElseThrow();
		long segmentCount = row.segment();
		long recipients = row.recipients();
		List<String> firstIds = row.firstIds();
		RenderedEmail sample = firstIds.isEmpty() ? null : sample(campaign, firstIds.getFirst());
		return new Preview(segmentCount, recipients, segmentCount - recipients, firstIds, sample);
	}

	private ContactStream.Matching segment(Campaign campaign) {
		return contacts.matching(JSON.readValue(campaign.segment(), ContactFilter.class));
	}

	private RenderedEmail sample(Campaign campaign, String contactId) {
		Contact contact = contactReader.find(contactId).orElseThrow();
		String to = contact.emails().isEmpty() ? "" : contact.emails().getFirst().address();
		MergeFields.Rendered rendered = CampaignMessages.render(template(campaign), contact.firstName(),
				contact.lastName(), signer(campaign), mail.brokerage(), mail.unsubscribeUrl("preview"));
		return new RenderedEmail(to, rendered.subject(), rendered.text(), rendered.html());
	}

	EmailTemplate template(Campaign campaign) {
		return templates.find(campaign.templateId()).orElseThrow();
	}

	Agent signer(Campaign campaign) {
		return campaign.signedById() == null ? null : agents.find(campaign.signedById()).orElse(null);
	}

	/**
	 * The first recipient's message to {@code to}, or to the caller's agent.
	 * @throws UserErrorsException NOT_FOUND, NO_TEST_ADDRESS, EMPTY_SEGMENT
	 */
	@Transactional
	OutboxMessage sendTest(String campaignId, String to) {
		Campaign campaign = require(campaignId);
		String address = to;
		if (address == null || address.isBlank()) {
			address = Callers.current()
				.map(c -> c.agentId())
				.flatMap(agents::find)
				.map(Agent::email)
				.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NO_TEST_ADDRESS,
						"Your agent has no e-mail address; give one in `to`", "to")));
		}
		else if (!address.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INVALID_EMAIL, "'" + address + "' is not an e-mail address", "to"));
		}
		Preview preview = preview(campaignId);
		if (preview.sample() == null) {
			throw new UserErrorsException(UserError.of(UserErrorCode.EMPTY_SEGMENT,
					"The segment has no one who may receive the campaign, so there is nothing to render", "campaignId"));
		}
		RenderedEmail sample = preview.sample();
		Agent signer = signer(campaign);
		NewEmail.Signer from = NewEmail.Signer.of(signer, mail.brokerage());
		return outbox.queue(NewEmail.of(OutboxMessage.Kind.TEST, address.strip(), null, null, from,
				new MergeFields.Rendered("[TEST] " + sample.subject(), sample.text(), sample.html())));
	}

	/**
	 * Freezes the recipients and starts; nothing is written unless the count is confirmed.
	 * @throws UserErrorsException NOT_FOUND, WRONG_STATUS, EMPTY_SEGMENT, COUNT_MISMATCH
	 */
	@Transactional
	Campaign start(String id, int confirmRecipientCount) {
		Campaign campaign = require(id);
		if (campaign.status() != Campaign.Status.DRAFT) {
			throw new UserErrorsException(UserError.of(UserErrorCode.WRONG_STATUS, "The campaign is " + campaign.status(), "id"));
		}
		long frozen = statements.one("campaign/freeze", new Freeze(segment(campaign).parameters(), id), Frozen.class)
			.map(Frozen::frozen)
			.orElse(0L);
		if (frozen == 0) {
			throw new UserErrorsException(UserError.of(UserErrorCode.EMPTY_SEGMENT,
					"The segment has no one who may receive the campaign", "id"));
		}
		if (frozen != confirmRecipientCount) {
			throw new UserErrorsException(UserError.of(UserErrorCode.COUNT_MISMATCH, "The segment gives " + frozen
					+ " recipients now, not " + confirmRecipientCount + "; preview it again", "confirmRecipientCount"));
		}
		Started row = statements.one("campaign/start", new Start(id, frozen, Callers.currentName()), Started.class)
			.orElseThrow();
		if (!row.startable()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.WRONG_STATUS, "The campaign was started meanwhile", "id"));
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				runner.wake();
			}
		});
		return require(id);
	}

	/** @throws UserErrorsException NOT_FOUND, WRONG_STATUS (already ended) */
	@Transactional
	Campaign cancel(String id) {
		Cancelled row = statements.one("campaign/cancel", new Cancel(id, Callers.currentName()), Cancelled.class)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No campaign " + id, "id")));
		if (!row.changed()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.WRONG_STATUS, "The campaign has already ended", "id"));
		}
		return require(id);
	}

	private record Id(String id) {
	}

	private record Ids(List<String> ids) {
	}

	private record Before(int limit, ZonedDateTime beforeCreated, String beforeId) {
	}

	private record Count(long count) {
	}

	private record NewCampaign(String id, String name, String templateId, String segment, ZonedDateTime scheduledFor,
			String signedById, String createdBy) {
	}

	private record PreviewOf(FilterParameters segment, int first) {
	}

	private record Freeze(FilterParameters segment, String campaignId) {
	}

	private record Frozen(long frozen) {
	}

	private record FiguresRow(String id, Campaign.Figures figures) {
	}

	private record Start(String id, long count, String by) {
	}

	private record Started(boolean startable) {
	}

	private record Cancel(String id, String by) {
	}

	private record Cancelled(boolean changed) {
	}

	/** The segment's size, how many of it may receive the campaign, and the first of those. */
	private record Previewed(long segment, long recipients, List<String> firstIds) {
	}

	Map<String, Campaign.Figures> figures(List<String> ids) {
		Map<String, Campaign.Figures> byId = new HashMap<>();
		statements.all("campaign/figures", new Ids(ids), FiguresRow.class).forEach(r -> byId.put(r.id(), r.figures()));
		return byId;
	}

}
