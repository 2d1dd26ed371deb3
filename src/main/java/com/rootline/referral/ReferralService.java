package com.rootline.referral;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.facts.TreeFacts;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes origins while keeping the referral graph a forest: one origin per contact, no cycles,
 * even with many writers at once. Each write first locks the trees involved ({@link TreeFacts#lock}),
 * then checks, then writes, in one transaction, telling the tree facts what it does to an origin.
 */
@Service
class ReferralService {

	private final Statements statements;

	private final Parties parties;

	private final TreeFacts treeFacts;

	ReferralService(Statements statements, Parties parties, TreeFacts treeFacts) {
		this.statements = statements;
		this.parties = parties;
		this.treeFacts = treeFacts;
	}

	record RecordReferralInput(String contactId, String referrerId, LocalDate referredOn, String note,
			Boolean replace) {
	}

	record ChangeReferrerInput(String contactId, String referrerId, LocalDate effectiveOn, String note) {
	}

	record RemoveReferralInput(String contactId, LocalDate effectiveOn) {
	}

	record RecordLeadSourceInput(String contactId, String outletId, LocalDate heardOn, Boolean replace) {
	}

	/** "Where did you hear about us?": the outlet becomes the contact's origin, under the same rules as a referral. */
	@Transactional
	String recordLeadSource(RecordLeadSourceInput input) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate heardOn = input.heardOn() == null ? today : input.heardOn();
		boolean replace = Boolean.TRUE.equals(input.replace());
		return write(input.contactId(), input.outletId(), heardOn, replace ? today : heardOn, null, replace,
				"outletId");
	}

	/** Records an origin; with replace, ends the current one first. Returns the new edge's id. */
	@Transactional
	String record(RecordReferralInput input) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate referredOn = input.referredOn() == null ? today : input.referredOn();
		boolean replace = Boolean.TRUE.equals(input.replace());
		return write(input.contactId(), input.referrerId(), referredOn, replace ? today : referredOn, input.note(),
				replace, "referrerId");
	}

	@Transactional
	String change(ChangeReferrerInput input) {
		LocalDate effective = input.effectiveOn() == null ? LocalDate.now(ZoneOffset.UTC) : input.effectiveOn();
		return write(input.contactId(), input.referrerId(), effective, effective, input.note(), true, "referrerId");
	}

	@Transactional
	String remove(RemoveReferralInput input) {
		LocalDate effective = input.effectiveOn() == null ? LocalDate.now(ZoneOffset.UTC) : input.effectiveOn();
		treeFacts.lock(List.of(input.contactId()));
		Optional<Origin> current = currentOrigin(input.contactId());
		if (current.isEmpty()) {
			Parties.Kind kind = parties.kinds(List.of(input.contactId())).get(input.contactId());
			throw new UserErrorsException(kind == null || !kind.isContact()
					? UserError.of(UserErrorCode.NOT_FOUND, "No contact " + input.contactId(), "contactId")
					: UserError.of(UserErrorCode.NOT_REFERRED, "The contact has no origin to remove", "contactId"));
		}
		checkEffectiveDate(current.get(), effective, "effectiveOn");
		treeFacts.leaving(input.contactId());
		close(input.contactId(), effective);
		return input.contactId();
	}

	private String write(String contactId, String referrerId, LocalDate referredOn, LocalDate validFrom, String note,
			boolean replace, String referrerField) {
		Map<String, Parties.Kind> kinds = parties.kinds(List.of(contactId, referrerId));
		Parties.Kind referrer = kinds.get(referrerId);
		List<UserError> refused = refusals(contactId, referrerId, referredOn, note, referrerField, kinds);
		if (!refused.isEmpty()) {
			throw new UserErrorsException(refused);
		}

		treeFacts.lock(List.of(contactId, referrerId));
		Optional<Origin> current = currentOrigin(contactId);
		if (current.isPresent() && !replace) {
			throw new AlreadyReferred(current.get().referrerId());
		}
		if (referrer.isContact()) {
			List<String> path = cyclePath(contactId, referrerId);
			if (!path.isEmpty()) {
				throw new UserErrorsException(cycle(path, referrerField));
			}
		}
		if (current.isPresent()) {
			checkEffectiveDate(current.get(), validFrom, replace ? "effectiveOn" : "referredOn");
			treeFacts.leaving(contactId);
			close(contactId, validFrom);
		}
		String id = UUID.randomUUID().toString();
		statements.run("referral/create-origin", new NewOrigin(id, contactId, referrerId, referredOn, validFrom,
				note == null || note.isBlank() ? null : note.strip(), Callers.currentName()));
		treeFacts.joined(contactId);
		return id;
	}

	/**
	 * What refuses an origin before any lock is taken: the note, the date, a self-referral and the
	 * kinds of the two parties. Shared by every writer of origins, one at a time or in batches.
	 */
	static List<UserError> refusals(String contactId, String referrerId, LocalDate referredOn, String note,
			String referrerField, Map<String, Parties.Kind> kinds) {
		Problems problems = new Problems();
		problems.maxLength(note, 2000, "note");
		if (referredOn.isAfter(LocalDate.now(ZoneOffset.UTC))) {
			problems.add(UserErrorCode.INVALID, "A referral cannot be dated in the future", "referredOn");
		}
		if (contactId.equals(referrerId)) {
			problems.add(UserErrorCode.SELF_REFERRAL, "A contact cannot refer itself", referrerField);
		}
		if (!problems.isEmpty()) {
			return problems.errors();
		}
		Parties.Kind contact = kinds.get(contactId);
		Parties.Kind referrer = kinds.get(referrerId);
		if (contact == null || !contact.isContact()) {
			problems.add(UserErrorCode.NOT_FOUND, "No contact " + contactId, "contactId");
		}
		else if (contact.erased()) {
			problems.add(UserErrorCode.ERASED, "The contact was erased", "contactId");
		}
		if (referrer == null || !referrer.exists()) {
			problems.add(UserErrorCode.NOT_FOUND, "No " + (referrerField.equals("outletId") ? "outlet " : "contact or partner ")
					+ referrerId, referrerField);
		}
		else if (referrerField.equals("outletId") != referrer.isOutlet()) {
			problems.add(UserErrorCode.INVALID, referrer.isOutlet() ? "An outlet is recorded with recordLeadSource"
					: "recordLeadSource takes an advertising outlet", referrerField);
		}
		else if (!referrer.isContact() && !referrer.isPartner() && !referrer.isOutlet()) {
			problems.add(UserErrorCode.WRONG_AGENT_KIND, "Only contacts and partner agents refer clients; this is a team agent",
					referrerField);
		}
		return problems.errors();
	}

	static UserError cycle(List<String> path, String referrerField) {
		return UserError.of(UserErrorCode.REFERRAL_CYCLE, "The contact is already above the referrer: " + String.join(" → ", path)
				+ "; the referral would close a loop", referrerField);
	}

	/** A contact's origin in force: who referred it, and from when ({@code validFrom} may be unset on old edges). */
	private record Origin(String referrerId, LocalDate validFrom) {
	}

	private record ContactId(String contactId) {
	}

	private record Pair(String contactId, String referrerId) {
	}

	private record Path(List<String> names) {
	}

	private record Close(String contactId, LocalDate effectiveOn, String by) {
	}

	private record NewOrigin(String id, String contactId, String referrerId, LocalDate referredOn, LocalDate validFrom,
			String note, String by) {
	}

	/** The id of the contact's current referrer or outlet, if it has an origin. */
	Optional<String> currentReferrer(String contactId) {
		return currentOrigin(contactId).map(Origin::referrerId);
	}

	private Optional<Origin> currentOrigin(String contactId) {
		return statements.one("referral/current-origin", new ContactId(contactId), Origin.class);
	}

	private List<String> cyclePath(String contactId, String referrerId) {
		return statements.one("referral/cycle-path", new Pair(contactId, referrerId), Path.class)
			.map(Path::names)
			.orElse(List.of());
	}

	private void close(String contactId, LocalDate effectiveOn) {
		statements.run("referral/close-origin", new Close(contactId, effectiveOn, Callers.currentName()));
	}

	private static void checkEffectiveDate(Origin current, LocalDate effective, String field) {
		LocalDate from = current.validFrom();
		if (from != null && effective.isBefore(from)) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INVALID,
					"The current origin is in force from " + from + "; a change cannot take effect before that", field));
		}
	}

}
