package com.rootline.conversion;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.ContactFilter;
import com.rootline.contact.ContactStream;
import com.rootline.contact.FilterParameters;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent's decision on the model's suggestions, in bulk: the suggested level becomes the status
 * level of every contact of a filter where the two differ, once the caller has confirmed how many
 * that is, audited as one entry that keeps each contact's level before.
 */
@Component
class SuggestedLevels {

	/** Contacts one acceptance may change; more at once is refused (narrow the filter). */
	static final int MAX = 10_000;

	private final Statements statements;

	private final ContactStream contacts;

	SuggestedLevels(Statements statements, ContactStream contacts) {
		this.statements = statements;
		this.contacts = contacts;
	}

	record Accepted(int updated, String auditId) {
	}

	/** How many contacts of the filter have a suggestion that differs from their level. */
	@Transactional(readOnly = true)
	long disagreeing(ContactFilter filter) {
		return count(parameters(filter));
	}

	/**
	 * Accepts the suggestions of the filter's disagreeing contacts, all or none.
	 * @throws UserErrorsException COUNT_MISMATCH when they are not {@code confirmCount} (now or by the
	 *     time of writing), OUT_OF_RANGE above {@link #MAX}; nothing is written then
	 */
	@Transactional
	Accepted accept(ContactFilter filter, int confirmCount, String by) {
		FilterParameters disagreeing = parameters(filter);
		long count = count(disagreeing);
		if (count > MAX) {
			throw new UserErrorsException(UserError.of(UserErrorCode.OUT_OF_RANGE, count + " contacts differ from their suggestion; "
					+ "at most " + MAX + " are accepted at once: narrow the filter", "filter"));
		}
		if (count != confirmCount) {
			throw new UserErrorsException(mismatch(count, confirmCount));
		}
		if (count == 0) {
			return new Accepted(0, null);
		}
		Accept accept = new Accept(disagreeing, count, OffsetDateTime.now(ZoneOffset.UTC), by,
				count + " contacts took the level the conversion model suggested");
		return statements.one("conversion/accept-levels", accept, Accepted.class)
			.orElseThrow(() -> new UserErrorsException(mismatch(-1, confirmCount)));
	}

	private long count(FilterParameters disagreeing) {
		return statements.one("conversion/count-disagreeing", disagreeing, Total.class).map(Total::total).orElse(0L);
	}

	private FilterParameters parameters(ContactFilter filter) {
		return contacts.matching((filter == null ? ContactFilter.NONE : filter).disagreeing()).parameters();
	}

	private record Total(long total) {
	}

	private record Accept(FilterParameters filter, long expected, OffsetDateTime now, String by, String details) {
	}

	private static List<UserError> mismatch(long count, int confirmCount) {
		return List.of(UserError.of(UserErrorCode.COUNT_MISMATCH, (count < 0 ? "The contacts changed while accepting"
				: count + " contacts differ from their suggestion now, not " + confirmCount)
				+ "; count them again and confirm that number", "confirmCount"));
	}

}
