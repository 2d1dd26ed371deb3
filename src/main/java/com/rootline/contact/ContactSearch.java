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
import com.rootline.graph.KeyedRow;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds contacts by filter and full-text search, one keyset-paginated page at a time. */
@Component
class ContactSearch {

	private static final Pattern PHONE_LIKE = Pattern.compile("[\\d\\s().+/-]+");

	private final Statements statements;

	private final ContactReader reader;

	private final CustomFields customFields;

	private final SearchIndex searchIndex;

	ContactSearch(Statements statements, ContactReader reader, CustomFields customFields, SearchIndex searchIndex) {
		this.statements = statements;
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
		FilterParameters checked = params(filter == null ? ContactFilter.NONE : filter);
		searchIndex.awaitWritesBefore(checked);
		List<KeyedRow> rows = pageRows(new PageQuery(checked, order, page.fetchSize(),
				page.after() == null ? "" : afterKey(page.after(), order), WALK_BUDGET));
		Map<String, Contact> contacts = reader.findAll(rows.stream().map(KeyedRow::id).toList(), depth);
		Map<String, String> keys = new HashMap<>();
		rows.forEach(r -> keys.put(r.id(), r.key()));
		return Connection.of(new ArrayList<>(contacts.values()), page, c -> Cursors.encode(order.name(), keys.get(c.id())),
				() -> count(checked));
	}

	/**
	 * The parameters of a page's statements: the filter's, the order, the page's size and the
	 * cursor's key ({@code after}), and how many index entries a walk may read ({@code budget}).
	 */
	record PageQuery(FilterParameters filter, Order order, int limit, String after, long budget) {

		PageQuery walking(long entries) {
			return new PageQuery(filter, order, limit, after, entries);
		}

	}

	List<KeyedRow> pageRows(PageQuery query) {
		FilterParameters.Anchor anchor = query.filter().anchor();
		if (anchor == FilterParameters.Anchor.SEARCH) {
			return KeyedRow.read(statements, "contact/page-anchored", query);
		}
		long budget = anchor == FilterParameters.Anchor.ALL ? Long.MAX_VALUE : WALK_BUDGET;
		if (anchor.sized()) {
			AnchorSize size = statements.one("contact/anchor-size", query.filter(), AnchorSize.class).orElseThrow();
			if (size.size() == 0) {
				return List.of();
			}
			// Walking finds a member every contacts/size entries; reading the anchor costs its size.
			long expected = (long) query.limit() * Math.max(1, size.contacts() / size.size());
			if (expected * 2 > size.size()) {
				return KeyedRow.read(statements, "contact/page-anchored", query);
			}
			// At least the fixed budget: a page of one (totalCount's first: 0) would otherwise walk a
			// few dozen entries, and names that sort together are often alike (a run of one family).
			budget = Math.max(WALK_BUDGET, expected * 4);
		}
		List<KeyedRow> walked = KeyedRow.read(statements, query.order().walk, query.walking(budget));
		if (walked.size() >= query.limit() || anchor == FilterParameters.Anchor.ALL) {
			return walked;
		}
		return KeyedRow.read(statements, "contact/page-anchored", query);
	}

	/** How many contacts there are, and how many the filter's anchor holds (see contact/anchor-size). */
	private record AnchorSize(long contacts, long size) {
	}

	/**
	 * The filter's size: the unfiltered list from the count store, one group, tag or owner from the
	 * anchor's degree, any other filter from its anchor.
	 */
	long count(FilterParameters filter) {
		return statements.one(filter.countStatement(), filter, Total.class).map(Total::total).orElse(0L);
	}

	private record Total(long total) {
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
	FilterParameters params(ContactFilter f) {
		String search = f.search() == null ? null : luceneQuery(f.search());
		if (f.search() != null && search == null) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "filter.search: give at least one letter or digit");
		}
		if (f.birthdayMonth() != null && (f.birthdayMonth() < 1 || f.birthdayMonth() > 12)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "filter.birthdayMonth: a month is 1 to 12");
		}
		String customProperty = null;
		Object customValue = null;
		if (f.customField() != null) {
			CustomFields.Definition def = customFields.byKey().get(f.customField().key());
			if (def == null) {
				throw new ApiException(ErrorCode.VALIDATION_FAILED,
						"filter.customField.key: no custom field '" + f.customField().key() + "' is defined");
			}
			customProperty = def.property();
			customValue = customFields.toStored(def, f.customField().equals())
				.orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_FAILED, "filter.customField.equals: '"
						+ f.customField().equals() + "' is not a valid " + def.type()));
		}
		String group = blankToNull(f.group());
		String tag = blankToNull(f.tag());
		String ownerId = blankToNull(f.ownerId());
		String contactType = f.contactType() == null ? null : f.contactType().strip().toUpperCase(Locale.ROOT);
		boolean archived = Boolean.TRUE.equals(f.archived());
		return new FilterParameters(search, group, tag, f.statusLevel(), f.levelDisagrees(), f.active(), contactType,
				f.birthdayMonth(), f.createdFrom(), f.createdTo(), ownerId, archived, customProperty, customValue,
				FilterParameters.anchorOf(search, group, tag, ownerId, f.birthdayMonth(), contactType, f.statusLevel(),
						f.levelDisagrees(), archived));
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
