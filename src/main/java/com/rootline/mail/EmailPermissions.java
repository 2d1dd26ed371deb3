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
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Rootline may send a contact: consent to marketing e-mail, an unsubscribe (from a link or a
 * withdrawn consent), a bounce. Campaigns send only with consent and without the other two; the
 * sender checks again just before each message, so no segment and no queued message overrides them.
 */
@Component
public class EmailPermissions {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	EmailPermissions(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	public record EmailStatus(String address, ZonedDateTime consentedAt, ZonedDateTime unsubscribedAt,
			ZonedDateTime bouncedAt, boolean campaignsAllowed) {
	}

	public Map<String, EmailStatus> of(Collection<String> contactIds) {
		Map<String, EmailStatus> byId = new HashMap<>();
		neo4j.query(queries.get("mail/email-status")).bindAll(Map.of("ids", List.copyOf(contactIds))).fetch().all()
			.forEach(r -> byId.put((String) r.get("id"), new EmailStatus((String) r.get("address"),
					(ZonedDateTime) r.get("consentedAt"), (ZonedDateTime) r.get("unsubscribedAt"),
					(ZonedDateTime) r.get("bouncedAt"), Boolean.TRUE.equals(r.get("campaignsAllowed")))));
		return byId;
	}

	/** @throws UserErrorsException NOT_FOUND for an unknown or erased contact */
	@Transactional
	public EmailStatus setConsent(String contactId, boolean consent) {
		Map<String, Object> params = new HashMap<>();
		params.put("contactId", contactId);
		params.put("consent", consent);
		params.put("now", ZonedDateTime.now(ZoneOffset.UTC));
		neo4j.query(queries.get("mail/set-consent")).bindAll(params).fetch().one()
			.orElseThrow(() -> new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + contactId, "contactId")));
		return of(List.of(contactId)).get(contactId);
	}

	/** Consent from a form the person sent, in the caller's transaction; an earlier unsubscribe stands. */
	public void consentFromForm(String contactId) {
		neo4j.query(queries.get("mail/consent-from-form")).bindAll(Map.of("contactId", contactId)).run();
	}

	/** The contact the token belongs to, now unsubscribed; empty for an unknown token. */
	@Transactional
	Optional<String> unsubscribe(String token) {
		return neo4j.query(queries.get("mail/unsubscribe")).bindAll(Map.of("token", token)).fetchAs(String.class).one();
	}

}
