package com.rootline.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.rootline.api.ApiException;
import com.rootline.api.ApiLimits;
import com.rootline.api.ErrorCode;
import com.rootline.api.PageRequest;
import com.rootline.api.UserErrorCode;
import com.rootline.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import reactor.core.publisher.Flux;

/** The {@code ImportJob} type, uploads, progress and the error report. */
@Controller
class ImportController {

	private final ImportJobs jobs;

	private final ImportRunner runner;

	private final ApiLimits limits;

	ImportController(ImportJobs jobs, ImportRunner runner, ApiLimits limits) {
		this.jobs = jobs;
		this.runner = runner;
		this.limits = limits;
	}

	record CancelImportInput(String id) {
	}

	record CancelImportPayload(ImportJobs.ImportJob job, List<com.rootline.api.UserError> userErrors) {
	}

	record ResumeImportInput(String id) {
	}

	record ResumeImportPayload(ImportJobs.ImportJob job, List<com.rootline.api.UserError> userErrors) {
	}

	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('AGENT')")
	ResponseEntity<Map<String, Object>> upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "AUTO") String format, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(defaultValue = "SKIP") String onDuplicate, @RequestParam(required = false) String group,
			@RequestParam(required = false) String tag) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "file: an address-book file is required");
		}
		String fmt = format.toUpperCase(Locale.ROOT);
		if (!List.of("AUTO", "GOOGLE_CSV", "OUTLOOK_CSV", "VCARD", "ROOTLINE_CSV").contains(fmt)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED,
					"format: '" + format + "' is not one of AUTO, GOOGLE_CSV, OUTLOOK_CSV, VCARD, ROOTLINE_CSV");
		}
		String dup = onDuplicate.toUpperCase(Locale.ROOT);
		if (!List.of("SKIP", "UPDATE", "CREATE").contains(dup)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED,
					"onDuplicate: '" + onDuplicate + "' is not one of SKIP, UPDATE, CREATE");
		}
		for (String[] label : new String[][] { { "group", group }, { "tag", tag } }) {
			if (label[1] != null && (label[1].isBlank() || label[1].length() > 60)) {
				throw new ApiException(ErrorCode.VALIDATION_FAILED, label[0] + ": 1 to 60 characters");
			}
		}
		String id;
		try (InputStream in = file.getInputStream()) {
			id = jobs.queue(in, file.getOriginalFilename(),
					new ImportJobs.Request(fmt, dryRun, dup, group == null ? null : group.strip(),
							tag == null ? null : tag.strip()),
					Callers.current().orElseThrow());
		}
		runner.wake();
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("status", ImportJobs.Status.QUEUED);
		return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.LOCATION, "/imports/" + id).body(body);
	}

	@GetMapping(path = "/imports/{id}/errors.csv", produces = "text/csv")
	@PreAuthorize("hasRole('AGENT')")
	ResponseEntity<String> errors(@PathVariable String id) {
		jobs.find(id).orElseThrow(() -> ApiException.notFound("Import job", id));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-" + id + "-errors.csv\"")
			.body(jobs.errorsCsv(id));
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	ImportJobs.ImportJob importJob(@Argument String id) {
		return jobs.find(id).orElse(null);
	}

	@QueryMapping
	@PreAuthorize("hasRole('AGENT')")
	List<ImportJobs.ImportJob> importJobs(@Argument Integer first) {
		return jobs.recent(PageRequest.of(first, null, limits).first());
	}

	/** Server-sent events over POST /graphql (Accept: text/event-stream). */
	@SubscriptionMapping
	@PreAuthorize("hasRole('AGENT')")
	Flux<ImportJobs.ImportJob> importProgress(@Argument String id) {
		jobs.find(id).orElseThrow(() -> ApiException.notFound("Import job", id));
		return jobs.progress(id);
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	CancelImportPayload cancelImport(@Argument CancelImportInput input) {
		return jobs.cancel(input.id())
			.map(j -> new CancelImportPayload(j, List.of()))
			.orElseGet(() -> new CancelImportPayload(null,
					List.of(com.rootline.api.UserError.of(UserErrorCode.NOT_FOUND, "No import job " + input.id(), "id"))));
	}

	@MutationMapping
	@PreAuthorize("hasRole('AGENT')")
	ResumeImportPayload resumeImport(@Argument ResumeImportInput input) {
		Optional<ImportJobs.ImportJob> job = jobs.find(input.id());
		if (job.isEmpty()) {
			return new ResumeImportPayload(null,
					List.of(com.rootline.api.UserError.of(UserErrorCode.NOT_FOUND, "No import job " + input.id(), "id")));
		}
		if (job.get().status() != ImportJobs.Status.FAILED) {
			return new ResumeImportPayload(job.get(), List.of(com.rootline.api.UserError.of(UserErrorCode.NOT_FAILED,
					"Only a failed import can be resumed; this one is " + job.get().status(), "id")));
		}
		Optional<ImportJobs.ImportJob> resumed = jobs.resume(input.id());
		if (resumed.isEmpty()) {
			return new ResumeImportPayload(job.get(), List.of(com.rootline.api.UserError.of(UserErrorCode.FILE_GONE,
					"The uploaded file is no longer kept; upload it again", "id")));
		}
		runner.wake();
		return new ResumeImportPayload(resumed.get(), List.of());
	}

}
