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
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate contact into a survivor without breaking the forest: a merge that would give
 * the survivor two origins or close a loop is refused, naming the conflict.
 */
@Service
class ReferralMerges {

	private final Statements statements;

	private final ContactReader contacts;

	private final ContactMerges contactMerges;

	private final TreeFacts treeFacts;

	private final ApplicationEventPublisher events;

	ReferralMerges(Statements statements, ContactReader contacts, ContactMerges contactMerges,
			TreeFacts treeFacts, ApplicationEventPublisher events) {
		this.statements = statements;
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
		Pair pair = new Pair(survivor.id(), duplicate.id());
		Relation relation = statements.one("referral/relation", pair, Relation.class).orElseThrow();
		if (relation.duplicateAbove() || relation.survivorAbove()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.MERGE_CONFLICT, "One contact is in the other's referral tree ("
					+ (relation.duplicateAbove() ? duplicate.displayName() + " is above "
							+ survivor.displayName() : survivor.displayName() + " is above " + duplicate.displayName())
					+ "); merging them would close a loop. Correct the referral first.", "duplicateId"));
		}
		String survivorReferrer = relation.survivorReferrer();
		String duplicateReferrer = relation.duplicateReferrer();
		if (survivorReferrer != null && duplicateReferrer != null && !survivorReferrer.equals(duplicateReferrer)) {
			throw new UserErrorsException(UserError.of(UserErrorCode.MERGE_CONFLICT, "The contacts have different origins ("
					+ survivorReferrer + " and " + duplicateReferrer
					+ "); a contact has one origin. Change one referrer first.", "duplicateId"));
		}
		// Both leave their trees' counters; the survivor, with the duplicate's children, comes back.
		treeFacts.mergeBegins(survivor.id(), duplicate.id());
		List<LocalDate> duplicateLeadDays = statements.one("referral/merge-origins", pair, LeadDays.class)
			.map(LeadDays::leadDays)
			.orElse(List.of());
		Contact merged = contactMerges.merge(survivor, duplicate);
		treeFacts.mergeEnds(survivor.id());
		if (!duplicateLeadDays.isEmpty()) {
			events.publishEvent(new OriginsChanged(Set.copyOf(duplicateLeadDays)));
		}
		statements.run("referral/audit", new Audit("MERGE_CONTACTS", Callers.currentName(),
				List.of(survivor.id(), duplicate.id()),
				"Merged " + duplicate.displayName() + " (" + duplicate.id() + ") into " + survivor.displayName()));
		return merged;
	}

	private record Pair(String survivorId, String duplicateId) {
	}

	/** The two contacts' referrers, and whether either is above the other in a referral tree. */
	private record Relation(String survivorReferrer, String duplicateReferrer, boolean duplicateAbove,
			boolean survivorAbove) {
	}

	/** The days the duplicate's lead sources were recorded, which the merge moves. */
	private record LeadDays(List<LocalDate> leadDays) {
	}

	private record Audit(String action, String by, List<String> subjectIds, String details) {
	}

}
