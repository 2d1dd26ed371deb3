package com.rootline.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.rootline.api.ApiException;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.ErrorCode;
import com.rootline.api.PageRequest;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds contacts by filter and full-text search, one keyset-paginated page at a time. */
@Component
class ContactSearch {

	private static final Pattern PHONE_LIKE = Pattern.compile("[\\d\\s().+/-]+");

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactReader reader;

	private final CustomFields customFields;

	private final SearchIndex searchIndex;

	ContactSearch(Neo4jClient neo4j, CypherQueries queries, ContactReader reader, CustomFields customFields,
			SearchIndex searchIndex) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.reader = reader;
		this.customFields = customFields;
		this.searchIndex = searchIndex;
	}

	@Transactional(readOnly = true)
	Connection<Contact> find(ContactFilter filter, String order, PageRequest page, ContactReader.Depth depth) {
		ContactFilter f = filter == null ? ContactFilter.NONE : filter;
		Map<String, Object> params = params(f);
		params.put("order", order);
		params.put("limit", page.fetchSize());
		params.put("after", page.after() == null ? null : afterKey(page.after(), order));
		searchIndex.awaitWritesBefore(params);
		Map<String, Object> result = neo4j.query(queries.get("contact/list")).bindAll(params).fetch().one().orElseThrow();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> rows = (List<Map<String, Object>>) result.get("page");
		Map<String, Contact> contacts = reader.findAll(rows.stream().map(r -> (String) r.get("id")).toList(), depth);
		Map<String, String> keys = new HashMap<>();
		rows.forEach(r -> keys.put((String) r.get("id"), (String) r.get("k")));
		return Connection.of(new ArrayList<>(contacts.values()), page, c -> Cursors.encode(order, keys.get(c.id())),
				(Long) result.get("total"));
	}

	private static String afterKey(String cursor, String order) {
		List<String> keys = Cursors.decode(cursor, 2);
		if (!keys.get(0).equals(order)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED,
					"after: the cursor belongs to order " + keys.get(0) + ", not " + order);
		}
		return keys.get(1);
	}

	/** The query parameters of a filter, checked: a bad filter fails here, naming the field. */
	Map<String, Object> params(ContactFilter f) {
		Map<String, Object> p = new HashMap<>();
		String search = f.search() == null ? null : luceneQuery(f.search());
		if (f.search() != null && search == null) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "filter.search: give at least one letter or digit");
		}
		if (f.birthdayMonth() != null && (f.birthdayMonth() < 1 || f.birthdayMonth() > 12)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "filter.birthdayMonth: a month is 1 to 12");
		}
		p.put("search", search);
		p.put("group", blankToNull(f.group()));
		p.put("tag", blankToNull(f.tag()));
		p.put("statusLevel", f.statusLevel());
		p.put("active", f.active());
		p.put("contactType", f.contactType() == null ? null : f.contactType().strip().toUpperCase(Locale.ROOT));
		p.put("birthdayMonth", f.birthdayMonth());
		p.put("createdFrom", f.createdFrom());
		p.put("createdTo", f.createdTo());
		p.put("ownerId", blankToNull(f.ownerId()));
		p.put("archived", Boolean.TRUE.equals(f.archived()));
		p.put("customProperty", null);
		p.put("customValue", null);
		if (f.customField() != null) {
			CustomFields.Definition def = customFields.byKey().get(f.customField().key());
			if (def == null) {
				throw new ApiException(ErrorCode.VALIDATION_FAILED,
						"filter.customField.key: no custom field '" + f.customField().key() + "' is defined");
			}
			Object value = customFields.toStored(def, f.customField().equals())
				.orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_FAILED, "filter.customField.equals: '"
						+ f.customField().equals() + "' is not a valid " + def.type()));
			p.put("customProperty", def.property());
			p.put("customValue", value);
		}
		p.put("anchor", anchor(p));
		return p;
	}

	/** The most selective starting point the filter allows; the others become predicates. */
	private static String anchor(Map<String, Object> p) {
		for (String candidate : List.of("search", "group", "tag", "ownerId", "birthdayMonth", "contactType",
				"statusLevel")) {
			if (p.get(candidate) != null) {
				return candidate.equals("ownerId") ? "owner" : candidate;
			}
		}
		return "all";
	}

	/**
	 * A Lucene query from what a user typed: every word must match as a prefix, Lucene syntax is
	 * neutralised, and a phone-like input ("(212) 555-1234") becomes one run of digits.
	 */
	static String luceneQuery(String input) {
		String text = input.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (PHONE_LIKE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 3) {
			return text.replaceAll("\\D", "") + "*";
		}
		List<String> terms = new ArrayList<>();
		for (String word : ContactRules.searchTokens(text).split(" ")) {
			if (!word.isEmpty()) {
				terms.add("+" + word + "*");
			}
		}
		return terms.isEmpty() ? null : String.join(" ", terms);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
