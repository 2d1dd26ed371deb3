package com.rootline.facts;

/**
 * The kinds of maintained fact a rebuild compares, in the order of the entries of
 * {@code facts/_node-facts.cypher} (the first five, kept on each party) and then the per-day ones.
 */
enum GraphFact {

	/** Root outlet, depth below it and lead day, tree key, and the key on each deal party edge. */
	TREE_KEYS,
	/** Descendants per level below a party, and their sum. */
	LEVEL_COUNTS,
	/** Revenue of the closed deals in a party's subtree. */
	SUBTREE_VALUES,
	/** That revenue per level, at the nearest party, which gift scores count. */
	LEVEL_VALUES,
	/** The day a contact was last in touch, or created. */
	LAST_TOUCH,
	/** Contacts per day last in touch, and those with descendants (today's gift plan counts them). */
	TOUCH_DAYS,
	/** Leads and closed revenue per outlet and day, both ways of crediting (channel ROI reads them). */
	ROI_DAYS,
	/** Deals created, entering UNDER_CONTRACT and closed per day, agent and kind (seasonality reads them). */
	DEAL_DAYS,
	/** Closed deals and revenue per closing day, agent, source, generation and media type (business mix reads them). */
	MIX_COUNTS,
	/**
	 * Deals per creation day, agent, outlet at the top of the client's tree, kind of origin, stage
	 * reached and days from the stage before (the funnel by source reads them).
	 */
	FUNNEL_COUNTS,
	/** Contacts added, archived and erased per week and owner, and the book per owner and state (database growth reads them). */
	BOOK_COUNTS,
	/** Touches per week, agent and kind, tasks completed per week and not done by their due day (agent activity reads them). */
	ACTIVITY_COUNTS;

	/** The facts kept on each party, compared party by party. */
	static final int ON_PARTIES = 5;

}
