package com.rootline.referral;

import java.time.LocalDate;
import java.util.Optional;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorsException;
import org.springframework.stereotype.Component;

/**
 * Origins from an imported file, under exactly the rules of {@code recordReferral} and
 * {@code recordLeadSource}. Each link is its own transaction, so one bad row cannot undo the others,
 * and linking again to the same referrer is a no-op, so that a resumed import can repeat a link.
 */
@Component
public class ReferralImports {

	private final ReferralService service;

	ReferralImports(ReferralService service) {
		this.service = service;
	}

	/**
	 * Empty when linked (or already linked to this referrer); otherwise why not. An outlet becomes a
	 * lead source, anything else a referral.
	 */
	public Optional<UserError> link(String contactId, String referrerId, boolean outlet, LocalDate on) {
		try {
			if (outlet) {
				service.recordLeadSource(new ReferralService.RecordLeadSourceInput(contactId, referrerId, on, false));
			}
			else {
				service.record(new ReferralService.RecordReferralInput(contactId, referrerId, on, "Imported", false));
			}
			return Optional.empty();
		}
		catch (AlreadyReferred ex) {
			// A backup restored twice links the same pairs again: a harmless repeat, not an error.
			return ex.currentReferrerId().equals(referrerId) ? Optional.empty() : Optional.of(ex.errors().getFirst());
		}
		catch (UserErrorsException ex) {
			return Optional.of(ex.errors().getFirst());
		}
	}

}
