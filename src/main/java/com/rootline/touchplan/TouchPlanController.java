package com.rootline.touchplan;

import java.util.List;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.touchplan.TouchPlans.PlanInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code TouchPlan} type: the plans and their editing (BROKER). */
@Controller
class TouchPlanController {

	private final TouchPlans plans;

	TouchPlanController(TouchPlans plans) {
		this.plans = plans;
	}

	record TouchPlanPayload(TouchPlan plan, List<UserError> userErrors) {

		static TouchPlanPayload ok(TouchPlan plan) {
			return new TouchPlanPayload(plan, List.of());
		}

		static TouchPlanPayload failed(List<UserError> errors) {
			return new TouchPlanPayload(null, errors);
		}

	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	List<TouchPlan> touchPlans() {
		return plans.all();
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	TouchPlan touchPlan(@Argument String id) {
		return plans.find(id).orElse(null);
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	TouchPlanPayload createTouchPlan(@Argument PlanInput input) {
		return Payloads.attempt(() -> plans.create(input), TouchPlanPayload::ok,
				TouchPlanPayload::failed);
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	TouchPlanPayload updateTouchPlan(@Argument PlanInput input) {
		return Payloads.attempt(() -> plans.update(input), TouchPlanPayload::ok,
				TouchPlanPayload::failed);
	}

}
