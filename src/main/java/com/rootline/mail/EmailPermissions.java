package com.rootline.mail;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Rootline may send a contact: consent to marketing e-mail, an unsubscribe (from a link or a
 * withdrawn consent), a bounce. Campaigns send only with consent and without the other two; the
 * sender checks again just before each message, so no segment and no queued message overrides them.
 */
@Component
public class EmailPermissions {

	private final Statements statements;

	EmailPermissions(Statements statements) {
		this.statements = statements;
	}

	public record EmailStatus(String address, ZonedDateTime consentedAt, ZonedDateTime unsubscribedAt,
			ZonedDateTime bouncedAt, boolean campaignsAllowed) {
	}

	public Map<String, EmailStatus> of(Collection<String> contactIds) {
		Map<String, EmailStatus> byId = new HashMap<>();
		statements.all("mail/email-status", new Ids(List.copyOf(contactIds)), Row.class)
			.forEach(r -> byId.put(r.id(), new EmailStatus(r.address(), r.consentedAt(), r.unsubscribedAt(), r.bouncedAt(),
					r.campaignsAllowed())));
		return byId;
	}

	/** @throws UserErrorsException NOT_FOUND for an unknown or erased contact */
	@Transactional
	public EmailStatus setConsent(String contactId, boolean consent) {
		statements.one("mail/set-consent", new Consent(contactId, consent, ZonedDateTime.now(ZoneOffset.UTC)), Id.class)
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + contactId, "contactId")));
		return of(List.of(contactId)).get(contactId);
	}

	/** Consent from a form the person sent, in the caller's transaction; an earlier unsubscribe stands. */
	public void consentFromForm(String contactId) {
		statements.run("mail/consent-from-form", new OfContact(contactId));
	}

	/** The contact the token belongs to, now unsubscribed; empty for an unknown token. */
	@Transactional
	Optional<String> unsubscribe(String token) {
		return statements.one("mail/unsubscribe", new Token(token), Id.class).map(Id::id);
	}

	private record Ids(List<String> ids) {
	}

	/** A contact's first address and what it has said about e-mail. */
	private record Row(String id, String address, ZonedDateTime consentedAt, ZonedDateTime unsubscribedAt,
			ZonedDateTime bouncedAt, boolean campaignsAllowed) {
	}

	private record Consent(String contactId, boolean consent, ZonedDateTime now) {
	}

	private record OfContact(String contactId) {
	}

	private record Token(String token) {
	}

	private record Id(String id) {
	}

}
