package com.rootline.conversion;

import java.util.List;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.ContactFilter;
import com.rootline.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code ConversionScoringJob} type: scoring every contact, and accepting the suggestions in bulk. */
@Controller
class ConversionScoringController {

	private final ScoringJobs jobs;

	private final SuggestedLevels levels;

	ConversionScoringController(ScoringJobs jobs, SuggestedLevels levels) {
		this.jobs = jobs;
		this.levels = levels;
	}

	record ScoreContactsInput(ContactFilter filter) {
	}

	record ScoreContactsPayload(ScoringJobs.ScoringJob job, List<UserError> userErrors) {
	}

	record AcceptSuggestedLevelsInput(ContactFilter filter, int confirmCount) {
	}

	record AcceptSuggestedLevelsPayload(int updated, String auditId, List<UserError> userErrors) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	ScoreContactsPayload scoreContacts(@Argument ScoreContactsInput input) {
		return new ScoreContactsPayload(jobs.queue(input.filter(), Callers.currentName()), List.of());
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	ScoringJobs.ScoringJob conversionScoringJob(@Argument String id) {
		return jobs.find(id).orElse(null);
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	AcceptSuggestedLevelsPayload acceptSuggestedLevels(@Argument AcceptSuggestedLevelsInput input) {
		return Payloads.attempt(() -> levels.accept(input.filter(), input.confirmCount(), Callers.currentName()),
				a -> new AcceptSuggestedLevelsPayload(a.updated(), a.auditId(), List.of()),
				e -> new AcceptSuggestedLevelsPayload(0, null, e));
	}

}
