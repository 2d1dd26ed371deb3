package com.rootline.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactMerges;
import com.rootline.contact.ContactReader;
import com.rootline.facts.OriginsChanged;
import com.rootline.facts.TreeFacts;
import com.rootline.graph.CypherQueries;
import com.rootline.security.Callers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate contact into a survivor without breaking the forest: a merge that would give
 * the survivor two origins or close a loop is refused, naming the conflict.
 */
@Service
class ReferralMerges {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactReader contacts;

	private final ContactMerges contactMerges;

	private final TreeFacts treeFacts;

	private final ApplicationEventPublisher events;

	ReferralMerges(Neo4jClient neo4j, CypherQueries queries, ContactReader contacts, ContactMerges contactMerges,
			TreeFacts treeFacts, ApplicationEventPublisher events) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
		this.contactMerges = contactMerges;
		this.treeFacts = treeFacts;
		this.events = events;
	}

	record MergeContactsInput(String survivorId, String duplicateId) {
	}

	@Transactional
	Contact merge(MergeContactsInput input) {
		if (input.survivorId().equals(input.duplicateId())) {
			throw new UserErrorsException(UserError.of(UserErrorCode.MERGE_CONFLICT, "A contact cannot be merged into itself",
					"duplicateId"));
		}
		Map<String, Contact> found = contacts.findAll(List.of(input.survivorId(), input.duplicateId()));
		Contact survivor = found.get(input.survivorId());
		Contact duplicate = found.get(input.duplicateId());
		if (survivor == null || duplicate == null) {
			throw new UserErrorsException(survivor == null
					? UserError.of(UserErrorCode.NOT_FOUND, "No contact " + input.survivorId(), "survivorId")
					: UserError.of(UserErrorCode.NOT_FOUND, "No contact " + input.duplicateId(), "duplicateId"));
		}
		if (survivor.erased() || duplicate.erased()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.ERASED, "Erased contacts cannot be merged",
					survivor.erased() ? "survivorId" : "duplicateId"));
		}
		treeFacts.lock(List.of(survivor.id(), duplicate.id()));
		Map<String, Object> relation = neo4j.query(queries.get("referral/relation"))
			.bindAll(Map.of("survivorId", survivor.id(), "duplicateId", duplicate.id()))
			.fetch()
			.one()
			.orElseThrow();
		if (Boolean.TRUE.equals(relation.get("duplicateAbove")) || Boolean.TRUE.equals(relation.get("survivorAbove"))) {
			throw new UserErrorsException(UserError.of(UserErrorCode.MERGE_CONFLICT, "One contact is in the other's referral tree ("
					+ (Boolean.TRUE.equals(relation.get("duplicateAbove")) ? duplicate.displayName() + " is above "
							+ survivor.displayName() : survivor.displayName() + " is above " + duplicate.displayName())
					+ "); merging them would close a loop. Correct the referral first.", "duplicateId"));
		}
		Object survivorReferrer = relation.get("survivorReferrer");
		Object duplicateReferrer = relation.get("duplicateReferrer");
		if (survivorReferrer != null && duplicateReferrer != null && !survivorReferrer.equals(duplicateReferrer)) {
			throw new UserErrorsException(UserError.of(UserErrorCode.MERGE_CONFLICT, "The contacts have different origins ("
					+ survivorReferrer + " and " + duplicateReferrer
					+ "); a contact has one origin. Change one referrer first.", "duplicateId"));
		}
		// Both leave their trees' counters; the survivor, with the duplicate's children, comes back.
		treeFacts.mergeBegins(survivor.id(), duplicate.id());
		List<LocalDate> duplicateLeadDays = neo4j.query(queries.get("referral/merge-origins"))
			.bindAll(Map.of("survivorId", survivor.id(), "duplicateId", duplicate.id()))
			.fetchAs(List.class)
			.mappedBy((t, r) -> r.get("leadDays").asList(v -> v.asLocalDate()))
			.one()
			.orElse(List.of());
		Contact merged = contactMerges.merge(survivor, duplicate);
		treeFacts.mergeEnds(survivor.id());
		if (!duplicateLeadDays.isEmpty()) {
			events.publishEvent(new OriginsChanged(Set.copyOf(duplicateLeadDays)));
		}
		neo4j.query(queries.get("referral/audit"))
			.bindAll(Map.of("action", "MERGE_CONTACTS", "by", Callers.currentName(), "subjectIds",
					List.of(survivor.id(), duplicate.id()), "details",
					"Merged " + duplicate.displayName() + " (" + duplicate.id() + ") into " + survivor.displayName()))
			.run();
		return merged;
	}

}
