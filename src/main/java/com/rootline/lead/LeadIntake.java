package com.rootline.lead;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.rootline.agent.Agent;
import com.rootline.agent.AgentReader;
import com.rootline.agent.Owners;
import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;
import com.rootline.api.TimeZones;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactImports;
import com.rootline.contact.Interaction;
import com.rootline.contact.Interactions;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.mail.EmailPermissions;
import com.rootline.mail.EmailTemplate;
import com.rootline.mail.EmailTemplates;
import com.rootline.mail.MailSettings;
import com.rootline.mail.MergeFields;
import com.rootline.mail.NewEmail;
import com.rootline.mail.Outbox;
import com.rootline.mail.OutboxMessage;
import com.rootline.marketing.MediaCatalog;
import com.rootline.marketing.MediaOutlet;
import com.rootline.referral.LeadSources;
import com.rootline.task.NewTask;
import com.rootline.task.Task;
import com.rootline.task.Tasks;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One web lead, in one transaction: the submission's idempotency key, the contact (matched or
 * created), its owner by the routing rules, the lead source, the inquiry in the contact's log, the
 * agent's call task, and the welcome and notification e-mails in the outbox. A retry with the same
 * key finds the key and does nothing; a failure anywhere leaves nothing behind and sends nothing.
 */
@Component
class LeadIntake {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactImports contacts;

	private final Owners owners;

	private final AgentReader agents;

	private final LeadRoutes routes;

	private final LeadSources leadSources;

	private final Interactions interactions;

	private final Tasks tasks;

	private final EmailTemplates templates;

	private final EmailPermissions permissions;

	private final Outbox outbox;

	private final MediaCatalog media;

	private final MailSettings mail;

	private final TimeZones zones;

	LeadIntake(Neo4jClient neo4j, CypherQueries queries, ContactImports contacts, Owners owners, AgentReader agents,
			LeadRoutes routes, LeadSources leadSources, Interactions interactions, Tasks tasks, EmailTemplates templates,
			EmailPermissions permissions, Outbox outbox, MediaCatalog media, MailSettings mail, TimeZones zones) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
		this.owners = owners;
		this.agents = agents;
		this.routes = routes;
		this.leadSources = leadSources;
		this.interactions = interactions;
		this.tasks = tasks;
		this.templates = templates;
		this.permissions = permissions;
		this.outbox = outbox;
		this.media = media;
		this.mail = mail;
		this.zones = zones;
	}

	/**
	 * @throws ApiException VALIDATION_FAILED naming the form field (no e-mail and no phone, a bad
	 *     e-mail or phone, a text too long)
	 */
	@Transactional
	void submit(LeadSite site, LeadForm form, String idempotencyKey) {
		check(form);
		if (idempotencyKey != null && !firstTime(site, idempotencyKey)) {
			return;
		}
		ContactImports.Outcome matched = contacts
			.apply(List.of(row(form)), new ContactImports.Options(ContactImports.OnDuplicate.SKIP, false, null, null,
					null, "lead:" + site.name()), new java.util.HashSet<>())
			.getFirst();
		if ("FAILED".equals(matched.action())) {
			ContactImports.Problem problem = matched.problems().getFirst();
			throw new ApiException(ErrorCode.VALIDATION_FAILED, problem.column() + ": " + problem.message());
		}
		String contactId = matched.contactId();
		Agent owner = owners.of(List.of(contactId)).get(contactId);
		Optional<LeadRoutes.Turn> turn = routes.next(site.outletId(), owner == null);
		if (owner == null && turn.isPresent() && turn.get().agentId().isPresent()) {
			owner = agents.find(turn.get().agentId().get()).orElseThrow();
			owners.assign(contactId, owner.id());
		}
		MediaOutlet outlet = media.outlets(List.of(site.outletId())).get(site.outletId());
		LocalDate today = zones.today(owner == null ? zones.deployment() : owner.zone(zones.deployment()));
		boolean sourced = leadSources.recordIfNone(contactId, site.outletId(), today);
		if (Boolean.TRUE.equals(form.consentToEmail())) {
			permissions.consentFromForm(contactId);
		}
		interactions.log(new Interactions.Entry(contactId, Interaction.Kind.WEB_FORM, Interaction.Direction.INBOUND,
				null, inquiry(site, outlet, form, sourced)));
		int minutes = turn.map(t -> t.route().callWithinMinutes()).orElse(15);
		if (owner != null) {
			tasks.createAll(List.of(callTask(owner, contactId, form, minutes)));
		}
		queueEmails(form, contactId, owner, outlet, turn.map(LeadRoutes.Turn::route), minutes);
	}

	private boolean firstTime(LeadSite site, String key) {
		return neo4j.query(queries.get("lead/submission"))
			.bindAll(Statements.parameters(new Submission(site.id() + "|" + key)))
			.fetchAs(Boolean.class)
			.one()
			.orElseThrow();
	}

	private static void check(LeadForm form) {
		if (blank(form.email()) && blank(form.phone())) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "email: give an e-mail address or a phone number");
		}
		length("firstName", form.firstName(), 100);
		length("lastName", form.lastName(), 100);
		length("email", form.email(), 254);
		length("phone", form.phone(), 40);
		length("message", form.message(), 5_000);
		length("priceRange", form.priceRange(), 100);
		List<String> communities = form.communities() == null ? List.of() : form.communities();
		if (communities.size() > 20) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "communities: at most 20");
		}
		communities.forEach(c -> length("communities", c, 100));
	}

	private static void length(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, field + ": at most " + max + " characters");
		}
		String unclean = value == null ? null : com.rootline.api.CleanText.problem(value);
		if (unclean != null) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, field + ": the text " + unclean);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** The form as an address-book row, so that it is checked and matched exactly as an import's row. */
	private static ContactImports.Row row(LeadForm form) {
		List<ContactImports.Email> emails = blank(form.email()) ? List.of()
				: List.of(new ContactImports.Email(Contact.EmailType.HOME, form.email().strip()));
		List<ContactImports.Phone> phones = blank(form.phone()) ? List.of()
				: List.of(new ContactImports.Phone(Contact.PhoneType.MOBILE, form.phone().strip()));
		Map<String, String> columns = Map.of("emails.0.address", "email", "emails", "email", "phones.0.number", "phone",
				"phones", "phone", "firstName", "firstName", "lastName", "lastName");
		return new ContactImports.Row(1, new ContactImports.Source(null, null, null),
				new ContactImports.Names(null, trim(form.firstName()), null, trim(form.lastName()), null, null),
				new ContactImports.Reach(phones, emails, List.of()),
				new ContactImports.Family(null, null, null, null, List.of(), List.of()), new Contact.Work(null, null),
				new ContactImports.Filing(List.of(), List.of(), true, null, null, Map.of()), null, columns);
	}

	private static String trim(String s) {
		return blank(s) ? null : s.strip();
	}

	private static String inquiry(LeadSite site, MediaOutlet outlet, LeadForm form, boolean sourced) {
		StringBuilder text = new StringBuilder("Web form on ").append(site.name());
		text.append(" (").append(outlet == null ? "outlet " + site.outletId() : outlet.name()).append(")");
		text.append(". Interested in ").append(form.interests()).append('.');
		if (!blank(form.message())) {
			text.append("\n").append(form.message().strip());
		}
		if (!sourced) {
			text.append("\n(The contact already had an origin, which stays; this inquiry is noted only.)");
		}
		return text.toString();
	}

	private NewTask callTask(Agent owner, String contactId, LeadForm form, int minutes) {
		ZoneId zone = owner.zone(zones.deployment());
		ZonedDateTime due = ZonedDateTime.now(zone).plusMinutes(minutes);
		return NewTask.due(due.toLocalDate())
			.titled("Call new web lead " + form.name() + " within " + minutes + " minutes")
			.kind(Task.Kind.CALL)
			.at(due.toLocalTime().withSecond(0).withNano(0), Task.Priority.HIGH)
			.assignedTo(owner.id())
			.about(contactId, null);
	}

	private void queueEmails(LeadForm form, String contactId, Agent owner, MediaOutlet outlet,
			Optional<LeadRoute> route, int minutes) {
		if (!blank(form.email())) {
			EmailTemplate welcome = templates.find(route.map(LeadRoute::welcomeTemplateId).orElse(LeadRoute.WELCOME))
				.orElseThrow();
			Map<String, String> values = MergeFields.toContact(trim(form.firstName()), trim(form.lastName()), owner,
					mail.brokerage());
			outbox.queue(NewEmail.of(OutboxMessage.Kind.LEAD_WELCOME, form.email().strip(), form.name(), contactId,
					NewEmail.Signer.of(owner, mail.brokerage()), MergeFields.render(welcome, values)));
		}
		if (owner != null && !blank(owner.email())) {
			EmailTemplate notification = templates
				.find(route.map(LeadRoute::notificationTemplateId).orElse(LeadRoute.NOTIFICATION))
				.orElseThrow();
			Map<String, String> values = new HashMap<>();
			values.put("agentName", owner.name());
			values.put("brokerage", mail.brokerage());
			values.put("leadName", form.name());
			values.put("leadEmail", trim(form.email()));
			values.put("leadPhone", trim(form.phone()));
			values.put("leadMessage", trim(form.message()));
			values.put("leadInterests", form.interests());
			values.put("outletName", outlet == null ? null : outlet.name());
			values.put("callWithinMinutes", String.valueOf(minutes));
			outbox.queue(NewEmail.of(OutboxMessage.Kind.LEAD_NOTIFICATION, owner.email(), owner.name(), null,
					NewEmail.Signer.of(null, mail.brokerage()), MergeFields.render(notification, values)));
		}
	}

	static List<String> communities(String joined) {
		List<String> list = new ArrayList<>();
		for (String part : joined.split(",")) {
			if (!part.isBlank()) {
				list.add(part.strip());
			}
		}
		return list;
	}

	private record Submission(String key) {
	}

}
