package com.rootline.referral;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A lead source recorded in the caller's transaction (a web lead's), under the one-origin rule: a
 * contact that already has an origin keeps it. Checking first matters: a refusal thrown from inside
 * the caller's transaction would mark the whole of it for rollback.
 */
@Component
public class LeadSources {

	private final ReferralService service;

	LeadSources(ReferralService service) {
		this.service = service;
	}

	/** The id of the contact's current referrer or outlet, if it has an origin. */
	public Optional<String> currentOrigin(String contactId) {
		return service.currentReferrer(contactId);
	}

	/** Records the outlet as the contact's origin unless it has one; true when recorded. */
	public boolean recordIfNone(String contactId, String outletId, LocalDate on) {
		if (currentOrigin(contactId).isPresent()) {
			return false;
		}
		service.recordLeadSource(new ReferralService.RecordLeadSourceInput(contactId, outletId, on, false));
		return true;
	}

}
