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
import com.rootline.graph.KeyedRow;
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

	/**
	 * How many index entries a walk in the list's order reads before it gives up on a filter and
	 * reads the filter's anchor instead. A filter that holds for more than one contact in a hundred
	 * fills a page of 20 within the walk; a rarer one is cheaper to read from its anchor.
	 */
	static final long WALK_BUDGET = 2_000;

	/** The orders of a contact list (the schema's ContactOrder), each walked on an index of its own. */
	enum Order {

		NAME("contact/page-walk-name"), CREATED_AT("contact/page-walk-created"),
		LAST_CONTACTED_AT("contact/page-walk-contacted");

		private final String walk;

		Order(String walk) {
			this.walk = walk;
		}

	}

	/**
	 * One page in the given order. The page is read by walking the order's index from the cursor
	 * and filtering while walking; a filter with an anchor (search, group, tag, owner, an indexed
	 * property, archived) that does not fill the page within {@link #WALK_BUDGET} entries is read
	 * from its anchor instead, keeping only the page. {@code totalCount} is counted only if asked.
	 */
	@Transactional(readOnly = true)
	Connection<Contact> find(ContactFilter filter, Order order, PageRequest page, ContactReader.Depth depth) {
		ContactFilter f = filter == null ? ContactFilter.NONE : filter;
		Map<String, Object> params = params(f);
		params.put("order", order.name());
		params.put("limit", page.fetchSize());
		params.put("after", page.after() == null ? "" : afterKey(page.after(), order));
		searchIndex.awaitWritesBefore(params);
		List<KeyedRow> rows = pageRows(params);
		Map<String, Contact> contacts = reader.findAll(rows.stream().map(KeyedRow::id).toList(), depth);
		Map<String, String> keys = new HashMap<>();
		rows.forEach(r -> keys.put(r.id(), r.key()));
		Map<String, Object> countParams = Map.copyOf(withoutNulls(params));
		return Connection.of(new ArrayList<>(contacts.values()), page, c -> Cursors.encode(order.name(), keys.get(c.id())),
				() -> count(countParams));
	}

	List<KeyedRow> pageRows(Map<String, Object> params) {
		String anchor = (String) params.get("anchor");
		if (anchor.equals("search")) {
			return rows("contact/page-anchored", params);
		}
		long budget = anchor.equals("all") ? Long.MAX_VALUE : WALK_BUDGET;
		if (SIZED_ANCHORS.contains(anchor)) {
			AnchorSize size = anchorSize(params);
			if (size.size() == 0) {
				return List.of();
			}
			// Walking finds a member every contacts/size entries; reading the anchor costs its size.
			long expected = (long) (int) params.get("limit") * Math.max(1, size.contacts() / size.size());
			if (expected * 2 > size.size()) {
				return rows("contact/page-anchored", params);
			}
			// At least the fixed budget: a page of one (totalCount's first: 0) would otherwise walk a
			// few dozen entries, and names that sort together are often alike (a run of one family).
			budget = Math.max(WALK_BUDGET, expected * 4);
		}
		Map<String, Object> walk = new HashMap<>(params);
		walk.put("budget", budget);
		List<KeyedRow> walked = rows(Order.valueOf((String) params.get("order")).walk, walk);
		if (walked.size() >= (int) params.get("limit") || anchor.equals("all")) {
			return walked;
		}
		return rows("contact/page-anchored", params);
	}

	/** Anchors whose size is known in constant time (relationship degrees, the count store). */
	private static final java.util.Set<String> SIZED_ANCHORS = java.util.Set.of("group", "tag", "owner", "archived",
			"levelDisagrees");

	record AnchorSize(long contacts, long size) {
	}

	private AnchorSize anchorSize(Map<String, Object> params) {
		return neo4j.query(queries.get("contact/anchor-size"))
			.bindAll(params)
			.fetchAs(AnchorSize.class)
			.mappedBy((types, r) -> new AnchorSize(r.get("contacts").asLong(), r.get("size").asLong(0)))
			.one()
			.orElseThrow();
	}

	private List<KeyedRow> rows(String query, Map<String, Object> params) {
		return KeyedRow.read(neo4j, queries.get(query), params);
	}

	/**
	 * The filter's size: the unfiltered list from the count store, one group, tag or owner from the
	 * anchor's degree, any other filter from its anchor.
	 */
	long count(Map<String, Object> params) {
		Map<String, Object> p = new HashMap<>(params);
		FILTER_KEYS.forEach(k -> p.putIfAbsent(k, null));
		List<String> set = FILTER_KEYS.stream().filter(k -> !k.equals("archived") && p.get(k) != null).toList();
		String query = set.isEmpty() ? "contact/count-listed"
				: set.size() == 1 && List.of("group", "tag", "ownerId").contains(set.getFirst()) ? "contact/count-anchor"
						: "contact/count";
		return neo4j.query(queries.get(query)).bindAll(p).fetchAs(Long.class).one().orElse(0L);
	}

	private static final List<String> FILTER_KEYS = List.of("search", "group", "tag", "statusLevel", "levelDisagrees", "active",
			"contactType", "birthdayMonth", "createdFrom", "createdTo", "ownerId", "archived", "customProperty",
			"customValue");

	private static Map<String, Object> withoutNulls(Map<String, Object> params) {
		Map<String, Object> m = new HashMap<>();
		params.forEach((k, v) -> {
			if (v != null) {
				m.put(k, v);
			}
		});
		return m;
	}

	private static String afterKey(String cursor, Order order) {
		List<String> keys = Cursors.decode(cursor, 2);
		if (!keys.get(0).equals(order.name())) {
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
		p.put("statusLevel", f.statusLevel() == null ? null : f.statusLevel().name());
		p.put("levelDisagrees", f.levelDisagrees());
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
		if (Boolean.TRUE.equals(p.get("levelDisagrees"))) {
			return "levelDisagrees";
		}
		return Boolean.TRUE.equals(p.get("archived")) ? "archived" : "all";
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
