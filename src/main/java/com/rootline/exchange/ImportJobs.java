package com.rootline.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.rootline.api.Csv;
import com.rootline.graph.CypherQueries;
import com.rootline.security.Caller;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Import jobs as the API shows them: queued from an upload, read back, and their error report. */
@Service
class ImportJobs {

	private static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "CANCELLED");

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ImportSettings settings;

	ImportJobs(Neo4jClient neo4j, CypherQueries queries, ImportSettings settings) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.settings = settings;
	}

	record ImportJob(String id, String status, String format, String encoding, String fileName, boolean dryRun,
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
		Map<String, Object> job = new HashMap<>();
		job.put("id", id);
		job.put("requestedFormat", request.format());
		job.put("format", request.format());
		job.put("fileName", fileName);
		job.put("dryRun", request.dryRun());
		job.put("onDuplicate", request.onDuplicate());
		job.put("group", request.group());
		job.put("tag", request.tag());
		job.put("ownerAgentId", caller.agentId());
		job.put("createdById", caller.id());
		job.put("createdByName", caller.name());
		job.put("createdByKind", caller.kind());
		try {
			neo4j.query(queries.get("exchange/job-create")).bind(job).to("job").run();
		}
		catch (RuntimeException ex) {
			deleteFile(settings, id);
			throw ex;
		}
		return id;
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
		return neo4j.query(queries.get("exchange/job")).bind(id).to("id").fetch().one().map(r -> job(r.get("job")));
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
			.takeUntil(job -> TERMINAL.contains(job.status()));
	}

	@Transactional(readOnly = true)
	List<ImportJob> recent(int limit) {
		return neo4j.query(queries.get("exchange/jobs"))
			.bind(limit)
			.to("limit")
			.fetch()
			.all()
			.stream()
			.map(r -> job(r.get("job")))
			.toList();
	}

	@Transactional
	Optional<ImportJob> cancel(String id) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("owner", null);
		params.put("status", "CANCELLED");
		params.put("total", null);
		params.put("message", "Cancelled");
		neo4j.query(queries.get("exchange/job-finish")).bindAll(params).run();
		Optional<ImportJob> job = find(id);
		if (job.filter(j -> j.status().equals("CANCELLED")).isPresent()) {
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
		return neo4j.query(queries.get("exchange/job-resume")).bind(id).to("id").fetch().one().map(r -> job(r.get("job")));
	}

	/** Every bad row with its line, column and stable code; formula-safe for spreadsheets. */
	@Transactional(readOnly = true)
	String errorsCsv(String id) {
		StringBuilder out = new StringBuilder(Csv.row(List.of("Line", "Column", "Code", "Message")));
		neo4j.query(queries.get("exchange/job-errors")).bind(id).to("id").fetch().all().forEach(r -> out.append(
				Csv.row(java.util.Arrays.asList(r.get("line"), r.get("column"), r.get("code"), r.get("message")))));
		return out.toString();
	}

	@SuppressWarnings("unchecked")
	private static ImportJob job(Object value) {
		Map<String, Object> j = (Map<String, Object>) value;
		// The format is AUTO until the runner has read the file's head and named what it found; a
		// read between the two must still answer the schema's non-null field.
		String format = j.get("format") != null ? (String) j.get("format")
				: j.get("requestedFormat") != null ? (String) j.get("requestedFormat") : "AUTO";
		return new ImportJob((String) j.get("id"), (String) j.get("status"), format,
				(String) j.get("encoding"), (String) j.get("fileName"), Boolean.TRUE.equals(j.get("dryRun")),
				(String) j.get("onDuplicate"), (String) j.get("group"), (String) j.get("tag"), (Long) j.get("total"),
				count(j, "processed"), count(j, "created"), count(j, "updated"), count(j, "skipped"),
				count(j, "failed"), count(j, "linked"), (String) j.get("message"),
				j.get("createdByKind") + ":" + j.get("createdByName"), (ZonedDateTime) j.get("createdAt"),
				(ZonedDateTime) j.get("startedAt"), (ZonedDateTime) j.get("finishedAt"));
	}

	private static long count(Map<String, Object> j, String key) {
		Object value = j.get(key);
		return value == null ? 0 : (Long) value;
	}

}
