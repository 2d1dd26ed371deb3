package com.rootline.contact;

import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The contact search index is eventually consistent (migration V016): writes commit without
 * refreshing it, and a background thread applies them just after. A search that anchors on it
 * first waits for that thread to apply everything committed so far, so that a contact saved a
 * moment ago is found, as it was when the index was refreshed inside each commit.
 */
@Component
class SearchIndex {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	SearchIndex(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/** Waits for the search index when these filter parameters (ContactSearch#params) search it. */
	void awaitWritesBefore(FilterParameters filter) {
		if (filter.anchor() == FilterParameters.Anchor.SEARCH) {
			neo4j.query(queries.get("contact/await-search-index")).run();
		}
	}

}
