package com.rootline.touchplan;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.task.Task;

/** A touch plan and its steps, in the order they are due. */
record TouchPlan(String id, String name, String description, List<Step> steps, boolean seeded, long version,
		ZonedDateTime createdAt) {

	/** The longest a plan may run. */
	static final int MAX_OFFSET_DAYS = 3 * 366;

	static final int MAX_STEPS = 400;

	record Step(int dayOffset, Task.Kind kind, String title, String template) {
	}

	@SuppressWarnings("unchecked")
	static TouchPlan of(Map<String, Object> m) {
		List<Long> offsets = (List<Long>) m.get("stepOffsets");
		List<String> kinds = (List<String>) m.get("stepKinds");
		List<String> titles = (List<String>) m.get("stepTitles");
		List<String> templates = (List<String>) m.get("stepTemplates");
		List<Step> steps = new ArrayList<>(offsets.size());
		for (int i = 0; i < offsets.size(); i++) {
			String template = templates.get(i);
			steps.add(new Step(offsets.get(i).intValue(), Task.Kind.valueOf(kinds.get(i)), titles.get(i),
					template.isEmpty() ? null : template));
		}
		return new TouchPlan((String) m.get("id"), (String) m.get("name"), (String) m.get("description"),
				List.copyOf(steps), Boolean.TRUE.equals(m.get("seeded")), ((Number) m.get("version")).longValue(),
				(ZonedDateTime) m.get("createdAt"));
	}

	/** The step lists as the node keeps them (no nulls in a Neo4j list: no template is ''). */
	static Map<String, Object> stepProperties(List<Step> steps) {
		return Map.of("stepOffsets", steps.stream().map(s -> (long) s.dayOffset()).toList(), "stepKinds",
				steps.stream().map(s -> s.kind().name()).toList(), "stepTitles", steps.stream().map(Step::title).toList(),
				"stepTemplates", steps.stream().map(s -> s.template() == null ? "" : s.template()).toList());
	}

}
