package com.rootline.touchplan;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.rootline.graph.Statements;
import com.rootline.task.Task;
import org.neo4j.driver.Value;

/** A touch plan and its steps, in the order they are due. */
record TouchPlan(String id, String name, String description, List<Step> steps, boolean seeded, long version,
		ZonedDateTime createdAt) {

	/** The longest a plan may run. */
	static final int MAX_OFFSET_DAYS = 3 * 366;

	static final int MAX_STEPS = 400;

	record Step(int dayOffset, Task.Kind kind, String title, String template) {
	}

	/** A plan from its node's properties ({@code p {.*}}). */
	static TouchPlan of(Value node) {
		Stored p = Statements.row(node::get, Stored.class);
		List<Step> steps = new ArrayList<>(p.stepOffsets().size());
		for (int i = 0; i < p.stepOffsets().size(); i++) {
			String template = p.stepTemplates().get(i);
			steps.add(new Step(p.stepOffsets().get(i).intValue(), p.stepKinds().get(i), p.stepTitles().get(i),
					template.isEmpty() ? null : template));
		}
		return new TouchPlan(p.id(), p.name(), p.description(), List.copyOf(steps), Boolean.TRUE.equals(p.seeded()),
				p.version(), p.createdAt());
	}

	/** The plan node: its steps as parallel lists, see {@link StepLists}. */
	private record Stored(String id, String name, String description, List<Long> stepOffsets, List<Task.Kind> stepKinds,
			List<String> stepTitles, List<String> stepTemplates, Boolean seeded, long version, ZonedDateTime createdAt) {
	}

	/** The step lists as the node keeps them (no nulls in a Neo4j list: no template is ''). */
	record StepLists(List<Long> stepOffsets, List<Task.Kind> stepKinds, List<String> stepTitles,
			List<String> stepTemplates) implements Statements.Inline {

		static StepLists of(List<Step> steps) {
			return new StepLists(steps.stream().map(s -> (long) s.dayOffset()).toList(),
					steps.stream().map(Step::kind).toList(), steps.stream().map(Step::title).toList(),
					steps.stream().map(s -> s.template() == null ? "" : s.template()).toList());
		}

	}

}
