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
import com.rootline.graph.JobPoller;
import com.rootline.graph.Retries;
import com.rootline.graph.Statements;
import com.rootline.referral.ReferralImports;
import com.rootline.security.Caller;
import com.rootline.security.Callers;
import com.rootline.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private final Statements statements;

	private final ContactImports contacts;

	private final ReferralImports referrals;

	private final TransactionTemplate transactions;

	private final ImportSettings settings;

	private final String owner = UUID.randomUUID().toString();

	ImportRunner(Statements statements, ContactImports contacts, ReferralImports referrals,
			PlatformTransactionManager transactionManager, ImportSettings settings) {
		super("rootline-imports", settings.pollInterval());
		this.statements = statements;
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

	private record ClaimedJob(Claimed job) {
	}

	private record Claim(String owner, long leaseSeconds) {
	}

	Optional<Claimed> claim() {
		Claim claim = new Claim(owner, settings.lease().toSeconds());
		return transactions.execute(tx -> statements.one("exchange/job-claim", claim, ClaimedJob.class)
			.map(ClaimedJob::job));
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
			ownedWrite("exchange/job-total", new Total(id, owner, total, format, encoding.charset().name()));
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
		List<RowError> errors = new ArrayList<>();
		Map<Long, AddressBook.Entry> byLine = new HashMap<>();
		int failed = 0;
		for (AddressBook.Entry entry : entries) {
			if (entry.problems().isEmpty()) {
				rows.add(entry.row());
				byLine.put(entry.line(), entry);
			}
			else {
				failed++;
				entry.problems().forEach(p -> errors.add(new RowError(entry.line(), p.column(), p.code(), p.message())));
			}
		}
		int created = 0;
		int updated = 0;
		int skipped = 0;
		List<PendingLink> links = new ArrayList<>();
		for (ContactImports.Outcome outcome : contacts.apply(rows, options, seenKeys)) {
			switch (outcome.action()) {
				case "CREATED" -> created++;
				case "UPDATED" -> updated++;
				case "SKIPPED" -> skipped++;
				default -> {
					failed++;
					outcome.problems().forEach(p -> errors.add(new RowError(outcome.line(), p.column(), p.code(), p.message())));
				}
			}
			AddressBook.Entry entry = byLine.get(outcome.line());
			if (outcome.contactId() != null && entry != null) {
				link(entry.line(), outcome.contactId(), entry.referredBy(), entry.referredOn(), links);
				link(entry.line(), outcome.contactId(), entry.leadSource(), entry.referredOn(), links);
			}
		}
		if (!links.isEmpty() && !options.dryRun()) {
			statements.run("exchange/links-add", new LinksAdd(id, links));
		}
		ownedWrite("exchange/job-chunk", new Chunk(id, owner, entries.size(), created, updated, skipped, failed, 0,
				checkpoint, "ROWS", errors, settings.lease().toSeconds()));
		return null;
	}

	/** A row's error, as the job keeps it: line, column heading, code, message. */
	private record RowError(long line, String column, UserErrorCode code, String message) {
	}

	/** A referral a row names, linked once every row is in (a referrer may come later in the file). */
	private record PendingLink(long line, String contactId, String referrer, String on) {
	}

	private record LinksAdd(String id, List<PendingLink> links) {
	}

	/** A chunk's counters, checkpoint and errors, written only while this runner holds the job. */
	private record Chunk(String id, String owner, int processed, int created, int updated, int skipped, int failed,
			int linked, long checkpoint, String phase, List<RowError> errors, long leaseSeconds) {
	}

	private record Next(String id, int limit) {
	}

	/** A pending link; {@code ref} is its node's element id. */
	private record Pending(String ref, long line, String contactId, String referrer, String on) {
	}

	private record Keys(List<String> keys) {
	}

	/** The party a referrer's name resolves to, if any; {@code outlet} when it is a media outlet. */
	private record Resolved(String key, String id, Boolean outlet) {
	}

	private record LinksDone(String id, String owner, List<String> refs, int linked, int failed, List<RowError> errors,
			long leaseSeconds) {
	}

	private record Owned(String id) {
	}

	/** A job's size and how its file is read, once counted. */
	private record Total(String id, String owner, long total, ImportFormat format, String encoding) {
	}

	private static void link(long line, String contactId, String referrer, String on, List<PendingLink> links) {
		if (referrer == null || referrer.isBlank()) {
			return;
		}
		links.add(new PendingLink(line, contactId, referrer.strip(), on == null ? null : on.strip()));
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
		List<Pending> pending = statements.all("exchange/links-next", new Next(id, settings.chunkSize()), Pending.class);
		if (pending.isEmpty()) {
			return false;
		}
		Map<String, Resolved> resolved = new HashMap<>();
		statements.all("exchange/resolve-parties", new Keys(pending.stream().map(Pending::referrer).distinct().toList()),
				Resolved.class)
			.forEach(r -> resolved.put(r.key(), r));
		List<RowError> errors = new ArrayList<>();
		List<ReferralImports.Link> links = new ArrayList<>();
		List<Long> linkLines = new ArrayList<>();
		for (Pending l : pending) {
			Resolved party = resolved.get(l.referrer());
			String referrerId = party == null ? null : party.id();
			if (referrerId == null) {
				errors.add(new RowError(l.line(), "Referred By", UserErrorCode.NOT_FOUND,
						"No contact, partner or outlet is known as '" + l.referrer() + "'"));
				continue;
			}
			LocalDate on;
			try {
				on = l.on() == null ? null : LocalDate.parse(l.on());
			}
			catch (DateTimeParseException ex) {
				errors.add(new RowError(l.line(), "Referred On", UserErrorCode.INVALID_DATE,
						"'" + l.on() + "' is not a date (YYYY-MM-DD)"));
				continue;
			}
			links.add(new ReferralImports.Link(l.contactId(), referrerId, Boolean.TRUE.equals(party.outlet()), on));
			linkLines.add(l.line());
		}
		List<Optional<UserError>> answers = links.isEmpty() ? List.of() : referrals.linkAll(links);
		int linked = 0;
		for (int i = 0; i < answers.size(); i++) {
			if (answers.get(i).isPresent()) {
				UserError problem = answers.get(i).get();
				errors.add(new RowError(linkLines.get(i), "Referred By", problem.code(), problem.message()));
			}
			else {
				linked++;
			}
		}
		ownedWrite("exchange/links-done", new LinksDone(id, owner, pending.stream().map(Pending::ref).toList(), linked,
				errors.size(), errors, settings.lease().toSeconds()));
		return true;
	}

	/** Runs a statement that writes only while this runner holds the job; else the step rolls back. */
	private void ownedWrite(String statement, Record parameters) {
		if (statements.one(statement, parameters, Owned.class).isEmpty()) {
			throw new LostJob();
		}
	}

	/**
	 * Ends a job. A finished or cancelled job's file is no longer needed (errors and counts are in the
	 * graph); a failed job keeps it, so that it can be resumed from its checkpoint.
	 */
	void finish(String id, ImportJobs.Status status, Long total, String message) {
		ImportJobs.Finish finish = new ImportJobs.Finish(id, null, status, total, message);
		transactions.executeWithoutResult(tx -> statements.run("exchange/job-finish", finish));
		if (status != ImportJobs.Status.FAILED) {
			ImportJobs.deleteFile(settings, id);
		}
	}

}
