package com.rootline.mail;

import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A message with merge fields, in text and optionally HTML. The purpose decides which fields it may
 * use: a welcome note knows the lead and the agent, a campaign also has its unsubscribe link, a
 * notification to an agent knows what the lead wrote.
 */
public record EmailTemplate(String id, String name, Purpose purpose, String subject, String text, String html,
		long version, ZonedDateTime updatedAt) {

	private static final List<String> TO_CONTACT = List.of("firstName", "lastName", "fullName", "agentName",
			"agentEmail", "agentPhone", "agentSignature", "brokerage");

	public enum Purpose {

		/** The note a new web lead receives, signed by the agent the lead was routed to. */
		LEAD_WELCOME(TO_CONTACT),
		/** To the agent: a lead was routed to them. */
		LEAD_NOTIFICATION(List.of("agentName", "brokerage", "leadName", "leadEmail", "leadPhone", "leadMessage",
				"leadInterests", "outletName", "callWithinMinutes")),
		/** A campaign's message; the unsubscribe link is added at the foot when the template does not place it. */
		CAMPAIGN(concat(TO_CONTACT, List.of("unsubscribeUrl"))),
		/** A draft a deal's stage prompts, for the agent to review and send. */
		STAGE_PROMPT(concat(TO_CONTACT, List.of("dealKind", "dealStage")));

		private final Set<String> fields;

		Purpose(List<String> fields) {
			this.fields = new LinkedHashSet<>(fields);
		}

		public Set<String> fields() {
			return fields;
		}

		private static List<String> concat(List<String> a, List<String> b) {
			return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
		}

	}

	/** A statement's row with a template node's properties in its {@code template} column. */
	record Row(EmailTemplate template) {
	}

}
