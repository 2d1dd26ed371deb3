package com.rootline.facts;

import java.util.Collection;
import java.util.List;

/**
 * A typed change for the facts component: interactions or tasks a transaction deleted, by what they
 * were counted as in the activity counters (their {@code countedActivity} keys, read before the
 * delete), so that those counters lose them before the commit.
 */
public record ActivityRemoved(List<String> countedActivity) {

	public ActivityRemoved {
		countedActivity = List.copyOf(countedActivity);
	}

	public static ActivityRemoved of(Collection<String> countedActivity) {
		return new ActivityRemoved(List.copyOf(countedActivity));
	}

	/** From a statement that returned the deleted records' keys as {@code countedActivity}. */
	public static ActivityRemoved of(org.neo4j.driver.Record record) {
		return of(record.get("countedActivity").asList(v -> v.asString()));
	}

}
