package com.rootline.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.rootline.api.TimeZones;
import com.rootline.facts.ContactsChanged.Change;
import com.rootline.graph.Statements;
import org.springframework.context.event.EventListener;
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

	private final Statements statements;

	private final TimeZones zones;

	ActivityCounts(Statements statements, TimeZones zones) {
		this.statements = statements;
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
		statements.run("facts/count-activity", new Changes(pending.contacts.parameters(), List.copyOf(pending.taskIds),
				List.copyOf(pending.enrollmentIds), List.copyOf(pending.removed), zones.deployment().getId()));
	}

	private record Changes(NamedContacts.Named named, List<String> taskIds, List<String> enrollmentIds,
			List<String> removed, String zone) {
	}
}
