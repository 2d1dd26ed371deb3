package com.rootline.touchplan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.task.Task;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Touch plans as data: read, created and edited (BROKER). Editing a plan changes what later
 * enrolments schedule; steps already scheduled stay as they were.
 */
@Service
class TouchPlans {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	TouchPlans(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	record StepInput(Integer dayOffset, Task.Kind kind, String title, String template) {
	}

	record PlanInput(String id, Integer expectedVersion, String name, String description, List<StepInput> steps) {
	}

	@Transactional(readOnly = true)
	List<TouchPlan> all() {
		return read(null);
	}

	@Transactional(readOnly = true)
	Optional<TouchPlan> find(String id) {
		return id == null ? Optional.empty() : read(List.of(id)).stream().findFirst();
	}

	@Transactional
	TouchPlan create(PlanInput input) {
		Fields fields = checked(input, null);
		return neo4j.query(queries.get("touchplan/create-plan"))
			.bindAll(Statements.parameters(new Write(UUID.randomUUID().toString(), fields, null)))
			.fetchAs(TouchPlan.class)
			.mappedBy((t, r) -> TouchPlan.of(r.get("plan")))
			.one()
			.orElseThrow();
	}

	@Transactional
	TouchPlan update(PlanInput input) {
		if (find(input.id()).isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No touch plan " + input.id(), "id"));
		}
		Fields fields = checked(input, input.id());
		record Updated(TouchPlan plan, long previousVersion) {
		}
		Updated updated = neo4j.query(queries.get("touchplan/update-plan"))
			.bindAll(Statements.parameters(new Write(input.id(), fields, UUID.randomUUID().toString())))
			.fetchAs(Updated.class)
			.mappedBy((t, r) -> new Updated(TouchPlan.of(r.get("plan")), r.get("previousVersion").asLong()))
			.one()
			.orElseThrow();
		if (input.expectedVersion() != null && updated.previousVersion() != input.expectedVersion()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.VERSION_CONFLICT, "The plan is at version "
					+ updated.previousVersion() + ", not " + input.expectedVersion(), "expectedVersion"));
		}
		return updated.plan();
	}

	/** A plan's name, description and steps, checked. */
	private record Fields(String name, String description, TouchPlan.StepLists steps) implements Statements.Inline {
	}

	private record Write(String id, Fields fields, String txId) {
	}

	private record Name(String name, String id) {
	}

	private record Ids(List<String> ids) {
	}

	private Fields checked(PlanInput input, String id) {
		Problems problems = new Problems();
		String name = input.name() == null ? "" : input.name().strip();
		if (name.isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "A touch plan needs a name", "name");
		}
		problems.maxLength(name, 100, "name").maxLength(input.description(), 2_000, "description");
		List<StepInput> steps = input.steps() == null ? List.of() : input.steps();
		if (steps.isEmpty() || steps.size() > TouchPlan.MAX_STEPS) {
			problems.add(UserErrorCode.OUT_OF_RANGE, "A plan has 1 to " + TouchPlan.MAX_STEPS + " steps", "steps");
		}
		for (int i = 0; i < steps.size(); i++) {
			StepInput s = steps.get(i);
			if (s.dayOffset() == null || s.dayOffset() < 0 || s.dayOffset() > TouchPlan.MAX_OFFSET_DAYS) {
				problems.add(UserErrorCode.OUT_OF_RANGE, "A step's day offset is 0 to " + TouchPlan.MAX_OFFSET_DAYS, "steps", i,
						"dayOffset");
			}
			if (s.title() == null || s.title().isBlank()) {
				problems.add(UserErrorCode.REQUIRED, "A step needs a title", "steps", i, "title");
			}
			problems.maxLength(s.title(), 500, "steps", i, "title").maxLength(s.template(), 10_000, "steps", i, "template");
		}
		if (!name.isEmpty() && neo4j.query(queries.get("touchplan/name-taken"))
			.bindAll(Statements.parameters(new Name(name, id)))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false)) {
			problems.add(UserErrorCode.DUPLICATE, "Another touch plan is called " + name, "name");
		}
		problems.throwIfAny();
		List<TouchPlan.Step> ordered = steps.stream()
			.map(s -> new TouchPlan.Step(s.dayOffset(), s.kind() == null ? Task.Kind.TODO : s.kind(), s.title().strip(),
					s.template() == null || s.template().isBlank() ? null : s.template()))
			.sorted(Comparator.comparingInt(TouchPlan.Step::dayOffset))
			.toList();
		return new Fields(name, input.description() == null || input.description().isBlank() ? null
				: input.description().strip(), TouchPlan.StepLists.of(ordered));
	}

	private List<TouchPlan> read(List<String> ids) {
		return List.copyOf(neo4j.query(queries.get("touchplan/plans"))
			.bindAll(Statements.parameters(new Ids(ids)))
			.fetchAs(TouchPlan.class)
			.mappedBy((t, r) -> TouchPlan.of(r.get("plan")))
			.all());
	}

}
