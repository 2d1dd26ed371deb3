package com.rootline.contact;

import java.time.OffsetDateTime;

/**
 * Which contacts a list or an export covers: the {@code ContactFilter} input of the schema. Every
 * given criterion must hold; archived contacts appear only when {@code archived} is true.
 */
public record ContactFilter(String search, String group, String tag, String statusLevel, Boolean active,
		String contactType, CustomFieldFilter customField, Integer birthdayMonth, OffsetDateTime createdFrom,
		OffsetDateTime createdTo, String ownerId, Boolean archived) {

	public static final ContactFilter NONE = new ContactFilter(null, null, null, null, null, null, null, null, null,
			null, null, false);

	public record CustomFieldFilter(String key, String equals) {
	}

}
