package com.rootline.facts;

import java.util.List;

import com.rootline.api.Payloads;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code GraphFactsRebuild} type: rebuilding the maintained facts and what the rebuild found (ADMIN). */
@Controller
class GraphFactsController {

	private final FactsRebuilds rebuilds;

	GraphFactsController(FactsRebuilds rebuilds) {
		this.rebuilds = rebuilds;
	}

	record RebuildGraphFactsInput(String reason) {
	}

	record RebuildGraphFactsPayload(FactsRebuilds.Rebuild rebuild, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	FactsRebuilds.Rebuild graphFactsRebuild(@Argument String id) {
		return rebuilds.find(id).orElse(null);
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	RebuildGraphFactsPayload rebuildGraphFacts(@Argument RebuildGraphFactsInput input) {
		return Payloads.attempt(() -> {
			new Problems().maxLength(input.reason(), 500, "reason").throwIfAny();
			return rebuilds.queue(input.reason(), Callers.currentName());
		}, queued -> new RebuildGraphFactsPayload(queued.rebuild(), queued.refused()
				? List.of(UserError.of(UserErrorCode.REBUILD_IN_PROGRESS,
						"A rebuild is already " + queued.rebuild().status().name().toLowerCase(java.util.Locale.ROOT)
								+ " (" + queued.rebuild().id() + "): it is answered instead"))
				: List.of()), e -> new RebuildGraphFactsPayload(null, e));
	}

}
