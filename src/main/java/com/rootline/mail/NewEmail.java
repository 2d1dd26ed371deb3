package com.rootline.mail;

import java.util.Objects;

import com.rootline.agent.Agent;

/**
 * A message to put in the outbox: to whom, signed by which agent (their name on From, their address
 * as Reply-To), and what it says. {@code contactId} is set when the recipient is a contact: sending
 * then logs an EMAIL interaction, and the contact's e-mail permissions are checked again just
 * before sending. A CAMPAIGN message carries the recipient's unsubscribe link.
 */
public record NewEmail(OutboxMessage.Kind kind, String toAddress, String toName, String contactId, String agentId,
		String fromName, String replyTo, MergeFields.Rendered content, String campaignId, String dealId,
		String unsubscribeUrl) {

	public NewEmail {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(toAddress, "toAddress");
		Objects.requireNonNull(content, "content");
	}

	/** To a contact or an agent, signed by an agent, outside any campaign or deal. */
	public static NewEmail of(OutboxMessage.Kind kind, String toAddress, String toName, String contactId,
			Signer signer, MergeFields.Rendered content) {
		return new NewEmail(kind, toAddress, toName, contactId, signer.agentId(), signer.name(), signer.email(), content,
				null, null, null);
	}

	public NewEmail forDeal(String id) {
		return new NewEmail(kind, toAddress, toName, contactId, agentId, fromName, replyTo, content, campaignId, id,
				unsubscribeUrl);
	}

	/** The agent a message is signed by; null fields fall back to the brokerage. */
	public record Signer(String agentId, String name, String email) {

		/** The agent's name and address, or the brokerage's name when there is no agent. */
		public static Signer of(Agent agent, String brokerage) {
			return agent == null ? new Signer(null, brokerage, null) : new Signer(agent.id(), agent.name(), agent.email());
		}

	}

}
