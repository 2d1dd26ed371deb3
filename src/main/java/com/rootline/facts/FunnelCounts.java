package com.rootline.facts;

import com.rootline.api.TimeZones;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/**
 * The funnel counters (FunnelCount: deals per creation day in the deployment's zone, agent, outlet
 * at the top of the client's tree, kind of origin, stage reached and days from the stage before; the
 * days make a histogram, so the funnel's medians are read from them too). A deal is counted again
 * when it changes (a stage entered), when its client's subtree moved (another outlet at the top)
 * and when its client's origin moved or the client was merged; see facts/count-funnel.cypher. They
 * are true in the zone they were counted in ({@link CountedZone}).
 */
@Component
class FunnelCounts extends DealCounters {

	FunnelCounts(Statements statements, TimeZones zones) {
		super(BeforeCommit.Counter.FUNNEL_COUNTS, "facts/count-funnel", statements, zones);
	}

}
