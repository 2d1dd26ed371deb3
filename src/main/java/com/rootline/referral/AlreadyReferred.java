package com.rootline.referral;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;

/** The contact already has an origin: which one, for callers that decide on it (an import's repeat). */
final class AlreadyReferred extends UserErrorsException {

	private final String currentReferrerId;

	AlreadyReferred(String currentReferrerId) {
		super(UserError.of(UserErrorCode.ALREADY_REFERRED, "The contact already has an origin (" + currentReferrerId
				+ "); pass replace: true or use changeReferrer", "contactId"));
		this.currentReferrerId = currentReferrerId;
	}

	String currentReferrerId() {
		return currentReferrerId;
	}

}
