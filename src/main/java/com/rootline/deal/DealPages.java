package com.rootline.deal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.PageRequest;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.KeyedRow;
import org.springframework.data.neo4j.core.Neo4jClient;
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


	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final DealService deals;

	DealPages(Neo4jClient neo4j, CypherQueries queries, DealService deals) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.deals = deals;
	}

	@Transactional(readOnly = true)
	Connection<Deal> find(DealController.DealFilter filter, PageRequest page) {
		Map<String, Object> params = params(filter);
		params.put("after", page.after() == null ? "" : Cursors.decode(page.after(), 1).getFirst());
		params.put("limit", page.fetchSize());
		List<KeyedRow> rows = pageRows(params);
		Map<String, String> keys = new HashMap<>();
		rows.forEach(r -> keys.put(r.id(), r.key()));
		List<Deal> found = new ArrayList<>(deals.findAll(rows.stream().map(KeyedRow::id).toList()).values());
		Map<String, Object> countParams = new HashMap<>(params);
		return Connection.of(found, page, d -> Cursors.encode(keys.get(d.id())), () -> count(countParams));
	}

	List<KeyedRow> pageRows(Map<String, Object> params) {
		Map<String, Object> walk = new HashMap<>(params);
		boolean anchored = !"all".equals(params.get("anchor"));
		walk.put("budget", anchored ? WALK_BUDGET : Long.MAX_VALUE);
		List<KeyedRow> walked = rows("deal/page-walk", walk);
		if (!anchored || walked.size() >= (int) params.get("limit")) {
			return walked;
		}
		return rows("deal/page-anchored", params);
	}

	long count(Map<String, Object> params) {
		String query = "all".equals(params.get("anchor")) && params.get("kind") == null ? "deal/count-all" : "deal/count";
		return neo4j.query(queries.get(query)).bindAll(params).fetchAs(Long.class).one().orElse(0L);
	}

	private List<KeyedRow> rows(String query, Map<String, Object> params) {
		return KeyedRow.read(neo4j, queries.get(query), params);
	}

	static Map<String, Object> params(DealController.DealFilter filter) {
		DealController.DealFilter f = filter == null ? new DealController.DealFilter(null, null, null, null, null, null)
				: filter;
		Map<String, Object> params = new HashMap<>();
		params.put("stage", f.stage() == null ? null : f.stage().name());
		params.put("kind", f.kind());
		params.put("agentId", f.agentId());
		params.put("contactId", f.contactId());
		params.put("closedFrom", f.closedFrom());
		params.put("closedTo", f.closedTo());
		params.put("anchor", anchor(f));
		return params;
	}

	/** The most selective starting point: a contact's deals, then an agent's, a closing window, a stage. */
	private static String anchor(DealController.DealFilter f) {
		if (f.contactId() != null) {
			return "contact";
		}
		if (f.agentId() != null) {
			return "agent";
		}
		if (f.closedFrom() != null || f.closedTo() != null) {
			return "closed";
		}
		return f.stage() != null ? "stage" : "all";
	}

}
