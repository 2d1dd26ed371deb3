package com.rootline.contact;

import java.time.OffsetDateTime;

/**
 * Which contacts a list or an export covers: the {@code ContactFilter} input of the schema. Every
 * given criterion must hold; archived contacts appear only when {@code archived} is true.
 * {@code levelDisagrees}: where the conversion model's stored suggestion differs from the agent's level.
 */
public record ContactFilter(String search, String group, String tag, Contact.StatusLevel statusLevel, Boolean active,
		String contactType, CustomFieldFilter customField, Integer birthdayMonth, OffsetDateTime createdFrom,
		OffsetDateTime createdTo, String ownerId, Boolean archived, Boolean levelDisagrees) {

	public static final ContactFilter NONE = new ContactFilter(null, null, null, null, null, null, null, null, null,
			null, null, false, null);

	/** The same filter, narrowed to contacts whose conversion suggestion differs from their level. */
	public ContactFilter disagreeing() {
		return new ContactFilter(search, group, tag, statusLevel, active, contactType, customField, birthdayMonth,
				createdFrom, createdTo, ownerId, archived, true);
	}

	public record CustomFieldFilter(String key, String equals) {
	}

}
