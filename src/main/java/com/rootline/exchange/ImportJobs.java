package com.rootline.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.rootline.api.Csv;
import com.rootline.graph.Statements;
import com.rootline.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Import jobs as the API shows them: queued from an upload, read back, and their error report. */
@Service
class ImportJobs {

	private final Statements statements;

	private final ImportSettings settings;

	ImportJobs(Statements statements, ImportSettings settings) {
		this.statements = statements;
		this.settings = settings;
	}

	/** Where an import stands (the schema's ImportStatus). */
	enum Status {

		QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

		boolean ended() {
			return this == COMPLETED || this == FAILED || this == CANCELLED;
		}

	}

	record ImportJob(String id, Status status, String format, String encoding, String fileName, boolean dryRun,
			String onDuplicate, String group, String tag, Long total, long processed, long created, long updated,
			long skipped, long failed, long linked, String message, String createdBy, ZonedDateTime createdAt,
			ZonedDateTime startedAt, ZonedDateTime finishedAt) {
	}

	record Request(String format, boolean dryRun, String onDuplicate, String group, String tag) {
	}

	/** Streams the upload to disk first: the job reads it from there, as many times as it needs. */
	String queue(InputStream upload, String fileName, Request request, Caller caller) {
		String id = UUID.randomUUID().toString();
		try {
			Files.createDirectories(settings.directory());
			Files.copy(upload, settings.directory().resolve(id), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			deleteFile(settings, id);
			throw new UncheckedIOException(ex);
		}
		NewJob job = new NewJob(id, request.format(), request.format(), fileName, request.dryRun(),
				request.onDuplicate(), request.group(), request.tag(), caller.agentId(), caller.id(), caller.name(),
				caller.kind());
		try {
			statements.run("exchange/job-create", new Create(job));
		}
		catch (RuntimeException ex) {
			deleteFile(settings, id);
			throw ex;
		}
		return id;
	}

	private record NewJob(String id, String requestedFormat, String format, String fileName, boolean dryRun,
			String onDuplicate, String group, String tag, String ownerAgentId, String createdById, String createdByName,
			String createdByKind) {
	}

	private record Create(NewJob job) {
	}

	static void deleteFile(ImportSettings settings, String jobId) {
		try {
			Files.deleteIfExists(settings.directory().resolve(jobId));
		}
		catch (IOException ex) {
			// A file left behind is only disk space; the job's outcome is already in the graph.
		}
	}

	@Transactional(readOnly = true)
	Optional<ImportJob> find(String id) {
		return statements.one("exchange/job", new ById(id), Row.class).map(Row::asJob);
	}

	/**
	 * The job as it changes, read back from the database every {@code progressInterval} (so it
	 * follows a job that another instance runs), each distinct state once, ending with the terminal
	 * one. Counters are committed with each chunk and never go back, so the events are monotonic.
	 */
	Flux<ImportJob> progress(String id) {
		return Flux.interval(Duration.ZERO, settings.progressInterval(), Schedulers.boundedElastic())
			.onBackpressureDrop()
			.concatMap(tick -> Mono.justOrEmpty(find(id)), 1)
			.distinctUntilChanged()
			.takeUntil(job -> job.status().ended());
	}

	@Transactional(readOnly = true)
	List<ImportJob> recent(int limit) {
		return statements.all("exchange/jobs", new Recent(limit), Row.class).stream().map(Row::asJob).toList();
	}

	@Transactional
	Optional<ImportJob> cancel(String id) {
		statements.run("exchange/job-finish", new Finish(id, null, Status.CANCELLED, null, "Cancelled"));
		Optional<ImportJob> job = find(id);
		if (job.filter(j -> j.status() == Status.CANCELLED).isPresent()) {
			deleteFile(settings, id);
		}
		return job;
	}

	/**
	 * Puts a FAILED job back in the queue; it resumes after its last committed chunk. Empty when
	 * there is no such failed job; {@code FILE_GONE} when its file is no longer kept.
	 */
	@Transactional
	Optional<ImportJob> resume(String id) {
		if (!Files.exists(settings.directory().resolve(id))) {
			return Optional.empty();
		}
		return statements.one("exchange/job-resume", new ById(id), Row.class).map(Row::asJob);
	}

	/** Every bad row with its line, column and stable code; formula-safe for spreadsheets. */
	@Transactional(readOnly = true)
	String errorsCsv(String id) {
		StringBuilder out = new StringBuilder(Csv.row(List.of("Line", "Column", "Code", "Message")));
		statements.all("exchange/job-errors", new ById(id), RowError.class)
			.forEach(e -> out.append(Csv.row(java.util.Arrays.asList(e.line(), e.column(), e.code(), e.message()))));
		return out.toString();
	}

	/** The parameters of {@code exchange/job-finish}; {@code owner} null ends the job whoever runs it. */
	record Finish(String id, String owner, Status status, Long total, String message) {
	}

	private record ById(String id) {
	}

	private record Recent(int limit) {
	}

	private record RowError(long line, String column, String code, String message) {
	}

	private record Row(Stored job) {

		ImportJob asJob() {
			return job.asJob();
		}

	}

	/** The job node; counters a job has not reached yet are missing. */
	private record Stored(String id, Status status, String format, String requestedFormat, String encoding,
			String fileName, Boolean dryRun, String onDuplicate, String group, String tag, Long total, Long processed,
			Long created, Long updated, Long skipped, Long failed, Long linked, String message, String createdByKind,
			String createdByName, ZonedDateTime createdAt, ZonedDateTime startedAt, ZonedDateTime finishedAt) {

		ImportJob asJob() {
			// The format is AUTO until the runner has read the file's head and named what it found; a
			// read between the two must still answer the schema's non-null field.
			String shown = format != null ? format : requestedFormat != null ? requestedFormat : "AUTO";
			return new ImportJob(id, status, shown, encoding, fileName, Boolean.TRUE.equals(dryRun), onDuplicate, group,
					tag, total, count(processed), count(created), count(updated), count(skipped), count(failed),
					count(linked), message, createdByKind + ":" + createdByName, createdAt, startedAt, finishedAt);
		}

		private static long count(Long value) {
			return value == null ? 0 : value;
		}

	}

}
