package com.rootline.hygiene;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of likely duplicate pairs, highest score first, each with its reasons and the fields a
 * merge would have to choose between; and dismissing a pair for good.
 */
@Component
class DuplicateCandidates {

	record Reason(DuplicateFinder.Reason kind, String value) {
	}

	/** A field both contacts fill differently: what {@code mergeContacts} resolves. */
	record Conflict(String field, String value, String otherValue) {
	}

	record Candidate(Contact contact, Contact other, double score, List<Reason> reasons, List<Conflict> conflicts,
			String sortKey) {
	}

	private record Row(String id, String otherId, List<String> reasons, List<String> values, double score,
			String sortKey) {
	}

	/** The fields compared, by their schema names: the ones a merge keeps one value of. */
	private static final Map<String, Function<Contact, Object>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("firstName", Contact::firstName);
		FIELDS.put("middleName", Contact::middleName);
		FIELDS.put("lastName", Contact::lastName);
		FIELDS.put("nickname", Contact::nickname);
		FIELDS.put("birthday", Contact::birthday);
		FIELDS.put("anniversary", Contact::anniversary);
		FIELDS.put("spouse", c -> c.spouse() == null ? null : c.spouse().name());
		FIELDS.put("company", Contact::company);
		FIELDS.put("jobTitle", Contact::jobTitle);
		FIELDS.put("statusLevel", Contact::statusLevel);
		FIELDS.put("contactType", Contact::contactType);
	}

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactReader contacts;

	DuplicateCandidates(Neo4jClient neo4j, CypherQueries queries, ContactReader contacts) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
	}

	/** A page of the list: one ordered read of the pairs, one read of their contacts. */
	@Transactional(readOnly = true)
	Connection<Candidate> page(PageRequest page) {
		String after = "";
		if (page.after() != null) {
			after = Cursors.decode(page.after(), 1).getFirst();
		}
		List<Row> rows = List.copyOf(neo4j.query(queries.get("hygiene/candidates-page"))
			.bindAll(Statements.parameters(new After(after, page.fetchSize())))
			.fetchAs(Row.class)
			.mappedBy((t, r) -> new Row(r.get("id").asString(), r.get("otherId").asString(),
					r.get("reasons").asList(Value::asString), r.get("values").asList(Value::asString),
					r.get("score").asDouble(), r.get("sortKey").asString()))
			.all());
		List<String> ids = rows.stream().flatMap(r -> Stream.of(r.id(), r.otherId())).distinct().toList();
		Map<String, Contact> found = contacts.findAll(ids);
		List<Candidate> candidates = new ArrayList<>();
		for (Row r : rows) {
			Contact a = found.get(r.id());
			Contact b = found.get(r.otherId());
			if (a == null || b == null) {
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			for (int i = 0; i < r.reasons().size(); i++) {
				reasons.add(new Reason(DuplicateFinder.Reason.valueOf(r.reasons().get(i)), r.values().get(i)));
			}
			candidates.add(new Candidate(a, b, r.score(), reasons, conflicts(a, b), r.sortKey()));
		}
		return Connection.of(candidates, page, c -> Cursors.encode(c.sortKey()),
				() -> neo4j.query(queries.get("hygiene/candidates-count")).fetchAs(Long.class).one().orElse(0L));
	}

	static List<Conflict> conflicts(Contact a, Contact b) {
		List<Conflict> conflicts = new ArrayList<>();
		FIELDS.forEach((field, get) -> {
			Object x = get.apply(a);
			Object y = get.apply(b);
			if (x != null && y != null && !Objects.equals(x.toString(), y.toString())) {
				conflicts.add(new Conflict(field, x.toString(), y.toString()));
			}
		});
		return conflicts;
	}

	/**
	 * The two are not the same person: the pair leaves the list and no scan pairs them again.
	 * @throws UserErrorsException NOT_FOUND for a missing contact, INVALID for a contact paired with itself
	 */
	@Transactional
	void dismiss(String contactId, String otherId, String by) {
		if (contactId.equals(otherId)) {
			throw new UserErrorsException(UserError.of(UserErrorCode.INVALID, "A contact is not paired with itself", "otherContactId"));
		}
		boolean done = neo4j.query(queries.get("hygiene/dismiss"))
			.bindAll(Statements.parameters(new Dismissal(contactId, otherId, by, OffsetDateTime.now(ZoneOffset.UTC))))
			.fetch()
			.one()
			.isPresent();
		if (!done) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No contact " + contactId + " or " + otherId,
					"contactId"));
		}
	}

	private record After(String after, int limit) {
	}

	private record Dismissal(String contactId, String otherId, String by, OffsetDateTime now) {
	}

}
