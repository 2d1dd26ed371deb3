package com.rootline.facts;

import com.rootline.api.TimeZones;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/**
 * The business mix counters (MixCount: closed deals and their revenue per closing day, agent, source,
 * generation and media type). A deal is credited to its primary client's current origin, so it is
 * counted again when it changes (with the deals sharing a client: a repeat client's later deal
 * depends on the earlier one), when its client's subtree moved (its generation moved) and when its
 * client's origin moved or the client was merged; see facts/count-mix.cypher.
 */
@Component
class MixCounts extends DealCounters {

	MixCounts(Statements statements, TimeZones zones) {
		super(BeforeCommit.Counter.MIX_COUNTS, "facts/count-mix", statements, zones);
	}

}
