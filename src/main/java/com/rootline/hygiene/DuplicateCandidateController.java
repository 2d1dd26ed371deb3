package com.rootline.hygiene;

import java.util.List;

import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code DuplicateCandidate} type: the list, the scans that fill it, and dismissing a pair. */
@Controller
class DuplicateCandidateController {

	private final DuplicateCandidates candidates;

	private final DuplicateScans scans;

	private final ApiLimits limits;

	DuplicateCandidateController(DuplicateCandidates candidates, DuplicateScans scans, ApiLimits limits) {
		this.candidates = candidates;
		this.scans = scans;
		this.limits = limits;
	}

	record ScanDuplicatesInput(String note) {
	}

	record ScanDuplicatesPayload(DuplicateScans.ScanJob job, List<UserError> userErrors) {
	}

	record DismissDuplicateCandidateInput(String contactId, String otherContactId) {
	}

	record DismissDuplicateCandidatePayload(boolean dismissed, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	Connection<DuplicateCandidates.Candidate> duplicateCandidates(@Argument Integer first, @Argument String after) {
		return candidates.page(PageRequest.of(first, after, limits));
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	DuplicateScans.ScanJob duplicateScanJob(@Argument String id) {
		return scans.find(id).orElse(null);
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	ScanDuplicatesPayload scanDuplicates(@Argument ScanDuplicatesInput input) {
		return Payloads.attempt(() -> {
			new Problems().maxLength(input.note(), 500, "note").throwIfAny();
			return scans.queue(input.note(), Callers.currentName());
		}, job -> new ScanDuplicatesPayload(job, List.of()), e -> new ScanDuplicatesPayload(null, e));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	DismissDuplicateCandidatePayload dismissDuplicateCandidate(@Argument DismissDuplicateCandidateInput input) {
		return Payloads.attempt(() -> {
			candidates.dismiss(input.contactId(), input.otherContactId(), Callers.currentName());
			return true;
		}, ok -> new DismissDuplicateCandidatePayload(true, List.of()),
				e -> new DismissDuplicateCandidatePayload(false, e));
	}

}
