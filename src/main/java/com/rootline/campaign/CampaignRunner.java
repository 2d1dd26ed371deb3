package com.rootline.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.graph.JobPoller;
import com.rootline.graph.Retries;
import com.rootline.graph.Statements;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import com.rootline.mail.MailSettings;
import com.rootline.mail.NewEmail;
import com.rootline.mail.Outbox;
import com.rootline.mail.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends running campaigns. A runner claims one with a lease and hands its PENDING recipients to the
 * outbox a batch at a time, paced to {@code rootline.mail.campaign-messages-per-minute}; each batch
 * is one transaction that renews the lease, queues the messages and marks their recipients QUEUED,
 * so a recipient is queued once whatever crashes. A runner that dies is replaced after its lease by
 * any instance's, which goes on from the recipients still PENDING. Memory holds one batch.
 */
@Component
class CampaignRunner extends JobPoller {

	private static final Logger log = LoggerFactory.getLogger(CampaignRunner.class);

	private final Statements statements;

	private final EmailTemplates templates;

	private final AgentReader agents;

	private final Outbox outbox;

	private final MailSettings mail;

	private final TransactionTemplate transactions;

	private final Duration lease;

	private final String owner = UUID.randomUUID().toString();

	/** A test's hook: a paused runner stops between batches, as if its instance had died. */
	private volatile boolean paused;

	CampaignRunner(Statements statements, EmailTemplates templates, AgentReader agents,
			Outbox outbox, MailSettings mail, PlatformTransactionManager transactionManager,
			@Value("${rootline.campaigns.poll-interval:5s}") Duration pollInterval,
			@Value("${rootline.campaigns.lease:60s}") Duration lease) {
		super("rootline-campaigns", pollInterval);
		this.statements = statements;
		this.templates = templates;
		this.agents = agents;
		this.outbox = outbox;
		this.mail = mail;
		this.transactions = new TransactionTemplate(transactionManager);
		this.lease = lease;
	}

	void pause(boolean paused) {
		this.paused = paused;
	}

	@Override
	public void drain() {
		try {
			Optional<Campaign> campaign;
			while (!paused && (campaign = claim()).isPresent()) {
				run(campaign.get());
			}
		}
		catch (RuntimeException ex) {
			log.error("The campaign runner failed; it retries at the next poll", ex);
		}
	}

	private Optional<Campaign> claim() {
		return transactions.execute(tx -> statements
			.one("campaign/claim", new Claim(owner, lease.toSeconds()), Campaign.Stored.class)
			.map(Campaign.Stored::campaign));
	}

	private void run(Campaign campaign) {
		EmailTemplate template = templates.find(campaign.templateId()).orElseThrow();
		Agent signer = campaign.signedById() == null ? null : agents.find(campaign.signedById()).orElse(null);
		int rate = Math.max(1, mail.campaignMessagesPerMinute());
		int batch = Math.min(100, Math.max(1, rate / 12));
		long pause = batch * 60_000L / rate;
		while (!paused) {
			long started = System.currentTimeMillis();
			Integer queued = Retries.jobStep(6, attempt -> transactions.execute(tx -> queueBatch(campaign, template,
					signer, batch)));
			if (queued == null || queued < 0) {
				log.info("Campaign {} was cancelled or taken over", campaign.id());
				return;
			}
			if (queued == 0) {
				transactions.executeWithoutResult(tx -> statements.run("campaign/finish", new Held(campaign.id(), owner)));
				return;
			}
			sleep(pause - (System.currentTimeMillis() - started));
		}
	}

	/** The number queued, 0 when none is left, -1 when this runner no longer holds the campaign. */
	private int queueBatch(Campaign campaign, EmailTemplate template, Agent signer, int batch) {
		List<Recipient> recipients = statements.all("campaign/next-recipients",
				new Next(campaign.id(), owner, lease.toSeconds(), batch), Recipient.class);
		if (recipients.isEmpty()) {
			return statements.one("campaign/held", new Held(campaign.id(), owner), Holding.class).isPresent() ? 0 : -1;
		}
		NewEmail.Signer from = NewEmail.Signer.of(signer, mail.brokerage());
		List<NewEmail> emails = new ArrayList<>();
		for (Recipient r : recipients) {
			String url = mail.unsubscribeUrl(r.token());
			String first = r.firstName();
			String last = r.lastName();
			emails.add(new NewEmail(OutboxMessage.Kind.CAMPAIGN, r.address(),
					((first == null ? "" : first) + " " + (last == null ? "" : last)).strip(), r.contactId(),
					from.agentId(), from.name(), from.email(),
					CampaignMessages.render(template, first, last, signer, mail.brokerage(), url), campaign.id(), null, url));
		}
		List<Queued> queued = outbox.queueAll(emails)
			.stream()
			.map(message -> new Queued(message.contactId(), message.messageId()))
			.toList();
		statements.run("campaign/mark-queued", new MarkQueued(campaign.id(), queued));
		return queued.size();
	}

	private record Claim(String owner, long leaseSeconds) {
	}

	private record Held(String id, String owner) {
	}

	private record Holding(String id) {
	}

	private record Next(String id, String owner, long leaseSeconds, int limit) {
	}

	/** A recipient to queue, with what its message needs. */
	private record Recipient(String contactId, String address, String firstName, String lastName, String token) {
	}

	private record Queued(String contactId, String messageId) {
	}

	private record MarkQueued(String id, List<Queued> rows) {
	}

	/** Waits out the pace in short steps, so that a pause (a stopping instance) is seen at once. */
	private void sleep(long millis) {
		long until = System.currentTimeMillis() + millis;
		try {
			while (!paused && System.currentTimeMillis() < until) {
				Thread.sleep(Math.min(50, Math.max(1, until - System.currentTimeMillis())));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
