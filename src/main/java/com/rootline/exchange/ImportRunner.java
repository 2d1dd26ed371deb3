package com.rootline.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.contact.ContactImports;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.JobPoller;
import com.rootline.graph.Retries;
import com.rootline.graph.Statements;
import com.rootline.referral.ReferralImports;
import com.rootline.security.Caller;
import com.rootline.security.Callers;
import com.rootline.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs, one at a time per instance, on its own thread. A job is claimed with a lease
 * that every chunk renews; a runner that dies stops renewing, and any instance takes the job over
 * after the lease and resumes after the last committed chunk. Each chunk's contacts, row errors,
 * counters and checkpoint commit together or not at all.
 */
@Component
class ImportRunner extends JobPoller {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactImports contacts;

	private final ReferralImports referrals;

	private final TransactionTemplate transactions;

	private final ImportSettings settings;

	private final String owner = UUID.randomUUID().toString();

	ImportRunner(Neo4jClient neo4j, CypherQueries queries, ContactImports contacts, ReferralImports referrals,
			PlatformTransactionManager transactionManager, ImportSettings settings) {
		super("rootline-imports", settings.pollInterval());
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
		this.referrals = referrals;
		this.transactions = new TransactionTemplate(transactionManager);
		// A chunk is background work: the request timeout (spring.transaction.default-timeout) is for
		// people waiting on an answer, and a loaded machine may need longer for 500 rows.
		this.transactions.setTimeout((int) Math.min(Integer.MAX_VALUE, settings.chunkTimeout().toSeconds()));
		this.settings = settings;
	}

	/** Sees each attempt at a chunk inside its transaction: how tests make a chunk slow. */
	interface ChunkObserver {

		void inChunk(String jobId, long checkpoint, int attempt);

	}

	private volatile ChunkObserver observer = (jobId, checkpoint, attempt) -> {
	};

	void observeChunks(ChunkObserver observer) {
		this.observer = observer;
	}

	/** Thrown when the job was cancelled or taken over: the chunk in progress rolls back. */
	static final class LostJob extends RuntimeException {

		LostJob() {
			super("The job was cancelled or taken over by another instance");
		}

	}

	@Override
	public void drain() {
		try {
			Optional<Claimed> job;
			while ((job = claim()).isPresent()) {
				run(job.get(), Integer.MAX_VALUE);
			}
		}
		catch (RuntimeException ex) {
			log.error("Import runner failed; it retries at the next poll", ex);
		}
	}

	/** A claimed job as the runner reads it ({@code exchange/job-claim} answers the node as {@code job}). */
	record Claimed(String id, String createdById, String createdByName, String createdByKind, String ownerAgentId,
			ImportFormat requestedFormat, Long total, Boolean dryRun, ContactImports.OnDuplicate onDuplicate,
			String group, String tag, long checkpoint) {
	}

	private record Claim(String owner, long leaseSeconds) {
	}

	Optional<Claimed> claim() {
		Claim claim = new Claim(owner, settings.lease().toSeconds());
		return transactions.execute(tx -> neo4j.query(queries.get("exchange/job-claim"))
			.bindAll(Statements.parameters(claim))
			.fetchAs(Claimed.class)
			.mappedBy((t, r) -> Statements.row(r.get("job")::get, Claimed.class))
			.one());
	}

	/**
	 * Runs a claimed job as the person who started it. {@code maxChunks} below the job's size stops
	 * after that many chunks as a crash would, lease and all: how tests reproduce a dead runner.
	 */
	void run(Claimed job, int maxChunks) {
		Caller caller = new Caller(job.createdById(), job.createdByName(), Set.of(Role.AGENT), job.ownerAgentId(),
				job.createdByKind());
		Callers.runAs(caller, () -> {
			String id = job.id();
			try {
				process(job, maxChunks);
			}
			catch (LostJob ex) {
				log.info("Import {} stopped: {}", id, ex.getMessage());
			}
			catch (UncheckedIOException | IOException ex) {
				finish(id, ImportJobs.Status.FAILED, null, FileProblems.describe(ex));
			}
			catch (RuntimeException ex) {
				String ref = UUID.randomUUID().toString();
				log.error("Import {} failed ({})", id, ref, ex);
				finish(id, ImportJobs.Status.FAILED, null, "The import stopped on an error (reference " + ref
						+ "); the rows before it are saved: resume it with resumeImport");
			}
		});
	}

	private void process(Claimed job, int maxChunks) throws IOException {
		String id = job.id();
		Path file = settings.directory().resolve(id);
		if (!Files.exists(file)) {
			finish(id, ImportJobs.Status.FAILED, null, "The uploaded file is no longer on the server; upload it again");
			return;
		}
		TextFiles.Encoding encoding = TextFiles.detect(file);
		ImportFormat format = job.requestedFormat();
		if (format == ImportFormat.AUTO) {
			format = ImportFormat.detect(file, encoding);
			if (format == null) {
				finish(id, ImportJobs.Status.FAILED, 0L, "The format is not recognised: expected a vCard or a Google, Outlook or Rootline CSV header");
				return;
			}
		}
		if (job.total() == null) {
			long total = 0;
			try (AddressBook book = AddressBook.open(file, format, encoding)) {
				while (book.hasNext()) {
					book.next();
					total++;
				}
			}
			bindOwned("exchange/job-total", Map.of("id", id, "owner", owner, "total", total, "format", format.name(),
					"encoding", encoding.charset().name()));
		}
		boolean dryRun = Boolean.TRUE.equals(job.dryRun());
		ContactImports.Options options = new ContactImports.Options(job.onDuplicate(), dryRun, job.ownerAgentId(),
				job.group(), job.tag(), Callers.currentName());
		long checkpoint = job.checkpoint();
		Set<String> seenKeys = new HashSet<>();
		int chunks = 0;
		try (AddressBook book = AddressBook.open(file, format, encoding)) {
			for (long skipped = 0; skipped < checkpoint && book.hasNext(); skipped++) {
				book.next();
			}
			while (book.hasNext()) {
				List<AddressBook.Entry> entries = new ArrayList<>(settings.chunkSize());
				while (entries.size() < settings.chunkSize() && book.hasNext()) {
					entries.add(book.next());
				}
				checkpoint += entries.size();
				long done = checkpoint;
				Retries.jobStep(settings.stepAttempts(), attempt -> transactions.execute(tx -> {
					observer.inChunk(id, done, attempt);
					return chunk(id, entries, options, seenKeys, done);
				}));
				if (++chunks >= maxChunks) {
					return;
				}
			}
		}
		if (!dryRun) {
			linkOrigins(id);
		}
		finish(id, ImportJobs.Status.COMPLETED, null, null);
	}

	private Object chunk(String id, List<AddressBook.Entry> entries, ContactImports.Options options,
			Set<String> seenKeys, long checkpoint) {
		List<ContactImports.Row> rows = new ArrayList<>();
		List<Map<String, Object>> errors = new ArrayList<>();
		Map<Long, AddressBook.Entry> byLine = new HashMap<>();
		int failed = 0;
		for (AddressBook.Entry entry : entries) {
			if (entry.problems().isEmpty()) {
				rows.add(entry.row());
				byLine.put(entry.line(), entry);
			}
			else {
				failed++;
				entry.problems().forEach(p -> errors.add(error(entry.line(), p.column(), p.code(), p.message())));
			}
		}
		int created = 0;
		int updated = 0;
		int skipped = 0;
		List<Map<String, Object>> links = new ArrayList<>();
		for (ContactImports.Outcome outcome : contacts.apply(rows, options, seenKeys)) {
			switch (outcome.action()) {
				case "CREATED" -> created++;
				case "UPDATED" -> updated++;
				case "SKIPPED" -> skipped++;
				default -> {
					failed++;
					outcome.problems().forEach(p -> errors.add(error(outcome.line(), p.column(), p.code(), p.message())));
				}
			}
			AddressBook.Entry entry = byLine.get(outcome.line());
			if (outcome.contactId() != null && entry != null) {
				link(entry.line(), outcome.contactId(), entry.referredBy(), entry.referredOn(), links);
				link(entry.line(), outcome.contactId(), entry.leadSource(), entry.referredOn(), links);
			}
		}
		if (!links.isEmpty() && !options.dryRun()) {
			neo4j.query(queries.get("exchange/links-add")).bindAll(Map.of("id", id, "links", links)).run();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("owner", owner);
		params.put("processed", entries.size());
		params.put("created", created);
		params.put("updated", updated);
		params.put("skipped", skipped);
		params.put("failed", failed);
		params.put("linked", 0);
		params.put("checkpoint", checkpoint);
		params.put("phase", "ROWS");
		params.put("errors", errors);
		params.put("leaseSeconds", settings.lease().toSeconds());
		bindOwned("exchange/job-chunk", params);
		return null;
	}

	private static void link(long line, String contactId, String referrer, String on, List<Map<String, Object>> links) {
		if (referrer == null || referrer.isBlank()) {
			return;
		}
		Map<String, Object> l = new HashMap<>();
		l.put("line", line);
		l.put("contactId", contactId);
		l.put("referrer", referrer.strip());
		l.put("on", on == null ? null : on.strip());
		links.add(l);
	}

	/**
	 * The second pass: every contact of the file exists now, so a referrer later in the file
	 * resolves. Each batch of links, its errors and its counters commit together.
	 */
	private void linkOrigins(String id) {
		while (Retries.jobStep(settings.stepAttempts(), attempt -> transactions.execute(tx -> linkBatch(id)))) {
			// one batch of links per step, until none is left
		}
	}

	/** Links one batch of pending referrals; false when none was left. */
	private boolean linkBatch(String id) {
		List<Map<String, Object>> pending = List.copyOf(neo4j.query(queries.get("exchange/links-next"))
			.bindAll(Map.of("id", id, "limit", settings.chunkSize()))
			.fetch()
			.all());
		if (pending.isEmpty()) {
			return false;
		}
		Map<String, Map<String, Object>> resolved = new HashMap<>();
		neo4j.query(queries.get("exchange/resolve-parties"))
			.bind(pending.stream().map(l -> (String) l.get("referrer")).distinct().toList())
			.to("keys")
			.fetch()
			.all()
			.forEach(r -> resolved.put((String) r.get("key"), r));
		List<Map<String, Object>> errors = new ArrayList<>();
		List<ReferralImports.Link> links = new ArrayList<>();
		List<Long> linkLines = new ArrayList<>();
		for (Map<String, Object> l : pending) {
			long line = (Long) l.get("line");
			String referrer = (String) l.get("referrer");
			Map<String, Object> party = resolved.get(referrer);
			String referrerId = party == null ? null : (String) party.get("id");
			if (referrerId == null) {
				errors.add(error(line, "Referred By", UserErrorCode.NOT_FOUND,
						"No contact, partner or outlet is known as '" + referrer + "'"));
				continue;
			}
			LocalDate on;
			try {
				on = l.get("on") == null ? null : LocalDate.parse((String) l.get("on"));
			}
			catch (DateTimeParseException ex) {
				errors.add(error(line, "Referred On", UserErrorCode.INVALID_DATE, "'" + l.get("on") + "' is not a date (YYYY-MM-DD)"));
				continue;
			}
			links.add(new ReferralImports.Link((String) l.get("contactId"), referrerId,
					Boolean.TRUE.equals(party.get("outlet")), on));
			linkLines.add(line);
		}
		List<Optional<UserError>> answers = links.isEmpty() ? List.of() : referrals.linkAll(links);
		int linked = 0;
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).isPresent()) {
				UserError problem = answers.get(i).get();
				errors.add(error(linkLines.get(i), "Referred By", problem.code(), problem.message()));
			}
			else {
				linked++;
			}
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("owner", owner);
		params.put("refs", pending.stream().map(l -> l.get("ref")).toList());
		params.put("linked", linked);
		params.put("failed", errors.size());
		params.put("errors", errors);
		params.put("leaseSeconds", settings.lease().toSeconds());
		bindOwned("exchange/links-done", params);
		return true;
	}

	private void bindOwned(String query, Map<String, Object> params) {
		if (neo4j.query(queries.get(query)).bindAll(params).fetch().one().isEmpty()) {
			throw new LostJob();
		}
	}

	/**
	 * Ends a job. A finished or cancelled job's file is no longer needed (errors and counts are in the
	 * graph); a failed job keeps it, so that it can be resumed from its checkpoint.
	 */
	void finish(String id, ImportJobs.Status status, Long total, String message) {
		ImportJobs.Finish finish = new ImportJobs.Finish(id, null, status, total, message);
		transactions.execute(tx -> neo4j.query(queries.get("exchange/job-finish")).bindAll(Statements.parameters(finish)).run());
		if (status != ImportJobs.Status.FAILED) {
			ImportJobs.deleteFile(settings, id);
		}
	}

	private static Map<String, Object> error(long line, String column, UserErrorCode code, String message) {
		Map<String, Object> e = new HashMap<>();
		e.put("line", line);
		e.put("column", column);
		e.put("code", code.name());
		e.put("message", message);
		return e;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
