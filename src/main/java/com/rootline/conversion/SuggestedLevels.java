package com.rootline.conversion;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.ContactFilter;
import com.rootline.contact.ContactStream;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
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

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactStream contacts;

	SuggestedLevels(Neo4jClient neo4j, CypherQueries queries, ContactStream contacts) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
	}

	record Accepted(int updated, String auditId) {
	}

	/** How many contacts of the filter have a suggestion that differs from their level. */
	@Transactional(readOnly = true)
	long disagreeing(ContactFilter filter) {
		return neo4j.query(queries.get("conversion/count-disagreeing"))
			.bindAll(parameters(filter))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/**
	 * Accepts the suggestions of the filter's disagreeing contacts, all or none.
	 * @throws UserErrorsException COUNT_MISMATCH when they are not {@code confirmCount} (now or by the
	 *     time of writing), OUT_OF_RANGE above {@link #MAX}; nothing is written then
	 */
	@Transactional
	Accepted accept(ContactFilter filter, int confirmCount, String by) {
		Map<String, Object> params = parameters(filter);
		long count = neo4j.query(queries.get("conversion/count-disagreeing")).bindAll(params).fetchAs(Long.class).one()
			.orElse(0L);
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
		params.put("expected", count);
		params.put("now", OffsetDateTime.now(ZoneOffset.UTC));
		params.put("by", by);
		params.put("details", count + " contacts took the level the conversion model suggested");
		return neo4j.query(queries.get("conversion/accept-levels"))
			.bindAll(params)
			.fetchAs(Accepted.class)
			.mappedBy((t, r) -> new Accepted(r.get("updated").asInt(), r.get("auditId").asString()))
			.one()
			.orElseThrow(() -> new UserErrorsException(mismatch(-1, confirmCount)));
	}

	private Map<String, Object> parameters(ContactFilter filter) {
		return new HashMap<>(contacts.matching((filter == null ? ContactFilter.NONE : filter).disagreeing()).parameters());
	}

	private static List<UserError> mismatch(long count, int confirmCount) {
		return List.of(UserError.of(UserErrorCode.COUNT_MISMATCH, (count < 0 ? "The contacts changed while accepting"
				: count + " contacts differ from their suggestion now, not " + confirmCount)
				+ "; count them again and confirm that number", "confirmCount"));
	}

}
