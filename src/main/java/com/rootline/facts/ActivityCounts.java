package com.rootline.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.api.TimeZones;
import com.rootline.facts.ContactsChanged.Change;
import com.rootline.graph.CypherQueries;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The activity counters agent activity reads (ActivityCount: touches per week in the deployment's
 * zone, agent and kind; tasks completed per week and assignee; tasks not done by their due day, per
 * day and assignee). Interactions are counted through their contacts ({@link ContactsChanged}: a
 * touch logged, an owner changed, contacts merged), tasks when written ({@link TasksChanged}), and
 * deleted ones by what they were counted as ({@link ActivityRemoved}); once, just before the
 * writer's transaction commits. They are true in the zone they were counted in ({@link CountedZone}).
 */
@Component
class ActivityCounts {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TimeZones zones;

	ActivityCounts(Neo4jClient neo4j, CypherQueries queries, TimeZones zones) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.zones = zones;
	}

	/** What one transaction changed. */
	private static final class Pending {

		final NamedContacts contacts = new NamedContacts();

		final Set<String> taskIds = new TreeSet<>();

		final Set<String> enrollmentIds = new TreeSet<>();

		final List<String> removed = new ArrayList<>();

	}

	/** The kinds of contact change this fact depends on. */
	private static final Set<Change> COUNTED = EnumSet.of(Change.TOUCHED, Change.OWNER, Change.MERGED);

	@EventListener
	void on(ContactsChanged change) {
		if (COUNTED.contains(change.change())) {
			pending().contacts.add(change);
		}
	}

	@EventListener
	void on(TasksChanged change) {
		Pending pending = pending();
		pending.taskIds.addAll(change.ids());
		pending.enrollmentIds.addAll(change.enrollmentIds());
	}

	@EventListener
	void on(ActivityRemoved removed) {
		pending().removed.addAll(removed.countedActivity());
	}

	private Pending pending() {
		return BeforeCommit.recorded(BeforeCommit.Counter.ACTIVITY_COUNTS, Pending::new, this::count);
	}

	private void count(Pending pending) {
		neo4j.query(queries.get("facts/count-activity"))
			.bindAll(pending.contacts.parameters())
			.bindAll(Map.of("taskIds", List.copyOf(pending.taskIds), "enrollmentIds", List.copyOf(pending.enrollmentIds),
					"removed", pending.removed, "zone", zones.deployment().getId()))
			.run();
	}

}
