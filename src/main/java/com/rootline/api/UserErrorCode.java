package com.rootline.api;

/**
 * The stable codes of user errors, as the schema's {@code UserErrorCode} declares them (each
 * feature's schema file extends it). A code the schema does not know cannot be written here, so a
 * payload never fails to serialise its own error.
 */
public enum UserErrorCode {

	// schema.graphqls
	REQUIRED, TOO_LONG, INVALID, NOT_FOUND, VERSION_CONFLICT,

	// agent.graphqls
	WRONG_AGENT_KIND, UNKNOWN_TIME_ZONE,

	// calendar.graphqls
	END_BEFORE_START, INVALID_RRULE, NOT_YOURS,

	// campaign.graphqls
	COUNT_MISMATCH, EMPTY_SEGMENT, NO_TEST_ADDRESS,

	// contact.graphqls
	INVALID_EMAIL, INVALID_PHONE, INVALID_DATE, DUPLICATE_EMAIL, POSSIBLE_DUPLICATE, UNKNOWN_CUSTOM_FIELD,
	INVALID_CUSTOM_FIELD_VALUE, INCOMPATIBLE_CUSTOM_FIELD_CHANGE, IN_USE, ERASED,

	// conversion.graphqls
	NO_HISTORY,

	// deal.graphqls
	INVALID_STAGE_CHANGE,

	// exchange.graphqls
	NOT_FAILED, FILE_GONE,

	// facts.graphqls
	REBUILD_IN_PROGRESS,

	// gift.graphqls
	INVALID_AMOUNT, DUPLICATE_TIER,

	// lead.graphqls
	INVALID_ORIGIN,

	// mail.graphqls
	UNKNOWN_MERGE_FIELD, INVALID_TEMPLATE, WRONG_PURPOSE, WRONG_STATUS,

	// marketing.graphqls
	QUARTER_CLOSED, DUPLICATE_NAME,

	// referral.graphqls
	ALREADY_REFERRED, REFERRAL_CYCLE, SELF_REFERRAL, NOT_REFERRED, MERGE_CONFLICT,

	// task.graphqls
	NOT_OPEN, NOT_LOGGABLE, OUT_OF_RANGE,

	// touchplan.graphqls
	DUPLICATE, CANCELLED

}
