package com.rootline.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;
import com.rootline.graph.KeyedRow;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal list, newest first, reading only its page: it walks the deal_created_key index from the
 * cursor and filters while walking; a filter that does not fill the page within
 * {@link #WALK_BUDGET} entries is read from its anchor (a contact's or an agent's deals, a stage, a
 * closing window). {@code totalCount} is counted only when a response asks for it.
 */
@Component
class DealPages {

	static final long WALK_BUDGET = 2_000;

	private final Statements statements;

	private final DealService deals;

	DealPages(Statements statements, DealService deals) {
		this.statements = statements;
		this.deals = deals;
	}

	/** A deal filter as the parameters of {@code deal/_matching} and {@code deal/_filters}. */
	record FilterParameters(Deal.Stage stage, String kind, String agentId, String contactId, LocalDate closedFrom,
			LocalDate closedTo, Anchor anchor) implements Statements.Inline {

		static FilterParameters of(DealController.DealFilter filter) {
			DealController.DealFilter f = filter == null
					? new DealController.DealFilter(null, null, null, null, null, null) : filter;
			return new FilterParameters(f.stage(), f.kind(), f.agentId(), f.contactId(), f.closedFrom(), f.closedTo(),
					Anchor.of(f));
		}

	}

	/** The most selective starting point: a contact's deals, then an agent's, a closing window, a stage. */
	enum Anchor {

		CONTACT, AGENT, CLOSED, STAGE, ALL;

		static Anchor of(DealController.DealFilter f) {
			if (f.contactId() != null) {
				return CONTACT;
			}
			if (f.agentId() != null) {
				return AGENT;
			}
			if (f.closedFrom() != null || f.closedTo() != null) {
				return CLOSED;
			}
			return f.stage() != null ? STAGE : ALL;
		}

	}

	/** A page's parameters: the filter's, the cursor's key, the page's size and a walk's budget. */
	record PageQuery(FilterParameters filter, String after, int limit, long budget) {
	}

	@Transactional(readOnly = true)
	Connection<Deal> find(DealController.DealFilter filter, PageRequest page) {
		FilterParameters checked = FilterParameters.of(filter);
		List<KeyedRow> rows = pageRows(checked, page.after() == null ? "" : Cursors.decode(page.after(), 1).getFirst(),
				page.fetchSize());
		Map<String, String> keys = new HashMap<>();
		rows.forEach(r -> keys.put(r.id(), r.key()));
		List<Deal> found = new ArrayList<>(deals.findAll(rows.stream().map(KeyedRow::id).toList()).values());
		return Connection.of(found, page, d -> Cursors.encode(keys.get(d.id())), () -> count(checked));
	}

	List<KeyedRow> pageRows(FilterParameters filter, String after, int limit) {
		boolean anchored = filter.anchor() != Anchor.ALL;
		PageQuery query = new PageQuery(filter, after, limit, anchored ? WALK_BUDGET : Long.MAX_VALUE);
		List<KeyedRow> walked = KeyedRow.read(statements, "deal/page-walk", query);
		if (!anchored || walked.size() >= limit) {
			return walked;
		}
		return KeyedRow.read(statements, "deal/page-anchored", query);
	}

	long count(FilterParameters filter) {
		String statement = filter.anchor() == Anchor.ALL && filter.kind() == null ? "deal/count-all" : "deal/count";
		return statements.one(statement, filter, Total.class).map(Total::total).orElse(0L);
	}

	private record Total(long total) {
	}

}
