package com.rootline.gift;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.rootline.gift.GiftPlanner.ExclusionReason;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Today's gift plan without reading the whole forest. The plan is the one {@link GiftPlanner} computes
 * from every contact and deal; here it comes from facts kept with every write (V010–V015):
 * <ul>
 * <li>a client's score from its level counters and revenue per level, so only clients that may rank
 * high are read: the two indexes of descendants and subtree value are read from the top, in growing
 * batches, until no client further down can outscore the recipients the plan needs ranked (a
 * client's score is at most the largest weight times its descendants plus its subtree value);</li>
 * <li>households from the household keys marked shared: the planner groups their members, and
 * scores a household exactly, with its subtrees, only once its bound (the same as a client's, over
 * all its members) reaches the ranks the plan needs;</li>
 * <li>how many recipients there are, and how many score, from the per-day touch counts (V015),
 * corrected for the few erased and archived contacts and for households.</li>
 * </ul>
 * Allocation walks the ranking only as far as the budget can still buy an upgrade; everyone below
 * gets the floor tier, and how many of them qualified for more is known from the counts. Gifts
 * ranked below every client with a score, and plans whose ranking would need too many candidates
 * read, come from the full plan instead.
 */
@Component
class TodayPlans {

	private static final Logger log = LoggerFactory.getLogger(TodayPlans.class);

	/** Candidates per index beyond which the full plan is cheaper than ranking from the indexes. */
	static final int MAX_CANDIDATES = 65_536;

	/** Earlier than any contact's last day in touch: the cutoff of plans that include inactive clients. */
	static final LocalDate EVER = LocalDate.of(1, 1, 1);

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final Statements statements;

	/** The first batch read from each index; each further batch is four times larger. */
	private final int firstBatch;

	private final Counter fromFacts;

	private final Counter fromEveryContact;

	private final Counter countedFromIndexes;

	/** Runs the plan's independent first reads at once, each in a read-only transaction of its own. */
	private final TransactionTemplate readOnly;

	private final ExecutorService reads = Executors.newVirtualThreadPerTaskExecutor();

	TodayPlans(Neo4jClient neo4j, CypherQueries queries, Statements statements, MeterRegistry meters, PlatformTransactionManager transactions,
			@Value("${rootline.gift.first-batch:256}") int firstBatch) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.statements = statements;
		this.firstBatch = firstBatch;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.fromFacts = Counter.builder("rootline.gift.plans")
			.description("Gift plans computed, by what they were computed from")
			.tag("from", "maintained-facts")
			.register(meters);
		this.fromEveryContact = Counter.builder("rootline.gift.plans")
			.description("Gift plans computed, by what they were computed from")
			.tag("from", "every-contact")
			.register(meters);
		this.countedFromIndexes = Counter.builder("rootline.gift.counts.from-indexes")
			.description("Today's gift plans counted from the indexes because the per-day touch counts "
					+ "did not count every contact")
			.register(meters);
	}

	/**
	 * Every contact, the dormant ones and the scoring ones, from the per-day touch counts; from the
	 * indexes (a few hundred milliseconds at a million contacts) when those miss a contact.
	 */
	private Counts counts(LocalDate cutoff, boolean includeInactive) {
		Cutoff params = new Cutoff(cutoff, includeInactive);
		Counts counts = statements.one("gift/today-counts", params, Counts.class).orElseThrow();
		if (Long.valueOf(counts.contacts()).equals(counts.counted())) {
			return counts;
		}
		log.warn("The per-day touch counts hold {} contacts of {}: contacts were written past the service; "
				+ "counting from the indexes. Re-running migration V015's statements rebuilds them.",
				counts.counted(), counts.contacts());
		countedFromIndexes.increment();
		return statements.one("gift/today-counts-from-indexes", params, Counts.class).orElseThrow();
	}

	private record Cutoff(LocalDate cutoff, boolean includeInactive) {
	}

	/** Every contact, the dormant ones and the scoring ones; {@code counted}: those the per-day counts hold. */
	private record Counts(long contacts, Long counted, long dormant, long scoring) {
	}

	/** An archived or erased contact, with what decides whether it would be dormant or scoring. */
	private record SetAside(String id, boolean erased, LocalDate lastTouchOn, long descendants) {
	}

	/** A contact below a household's members, and its parent in the forest. */
	private record Below(String id, String parentId) {
	}

	private record Subtrees(List<String> ids, int levels) {
	}

	/** A read on another thread, in a read-only transaction of its own (with the default timeout). */
	private <T> CompletableFuture<T> meanwhile(Supplier<T> read) {
		return CompletableFuture.supplyAsync(() -> readOnly.execute(tx -> read.get()), reads);
	}

	/** The read's result; its failure as it was thrown. */
	private static <T> T joined(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** Today's plan from the maintained facts where it can be; otherwise, and for other days, the full one. */
	GiftPlanner.Result plan(GiftPlanner.Settings s, Supplier<GiftPlanner.Plan> full) {
		double[] w = GiftPlanner.trimmed(s.levelWeights());
		// With no weight on the first level a client with a referral may score nothing, and the count
		// of clients with descendants would no longer be the count of clients who score.
		if (s.asOf().equals(LocalDate.now(ZoneOffset.UTC)) && w.length > 0 && w[0] > 0) {
			Today today = new Today(s, w, full);
			if (today.ranked()) {
				fromFacts.increment();
				return today;
			}
		}
		fromEveryContact.increment();
		return full.get();
	}

	/** One of the two indexes read from the top, and how far. */
	private static final class Index {

		final String query;

		final String column;

		/** Points per unit of the indexed value, at most, before the level weight. */
		final double perUnit;

		int read;

		boolean done;

		double bound;

		/** The first batch, read while the counts and households are (null once used). */
		CompletableFuture<List<Candidate>> first;

		Index(String query, String column, double perUnit) {
			this.query = query;
			this.column = column;
			this.perUnit = perUnit;
		}

	}

	/** A client as read from an index; {@code ordered} is the indexed value. */
	private record Candidate(String id, long ordered, boolean ineligible, List<Long> levelCounts,
			List<Long> levelValuesMinor, Instant createdAt) {
	}

	/** A ranked recipient: a household's planner row, or a client alone scored from its facts. */
	private record Ranked(GiftPlanner.Row row, long created, String addressee) {
	}

	/** The planner's order: score, then referral points, then the longer relationship, then id. */
	private static final Comparator<Ranked> RANK = (a, b) -> {
		int c = Double.compare(b.row().score(), a.row().score());
		if (c == 0) {
			c = Double.compare(b.row().referralPoints(), a.row().referralPoints());
		}
		if (c == 0) {
			c = Long.compare(a.created(), b.created());
		}
		return c != 0 ? c : a.addressee().compareTo(b.addressee());
	};

	private final class Today implements GiftPlanner.Result {

		private final GiftPlanner.Settings s;

		private final double[] w;

		private final Supplier<GiftPlanner.Plan> fullSupplier;

		private GiftPlanner.Plan full;

		private final LocalDate cutoff;

		/** Household members and their partners: ranked by the planner, skipped in the indexes. */
		private final Set<String> inHouseholds = new HashSet<>();

		/** Households (and members grouped alone) scored exactly, with their subtrees. */
		private final List<Ranked> households = new ArrayList<>();

		/** Households that score but were not scored yet: only those whose bound reaches the ranks needed are. */
		private final List<Household> unscored = new ArrayList<>();

		private final Map<String, GiftPlanner.Member> members = new HashMap<>();

		private int householdsCount;

		private final List<String> archived = new ArrayList<>();

		private final List<String> erased = new ArrayList<>();

		private final List<String> partners;

		private final int dormant;

		private final int recipients;

		/** Recipients with a positive score: they rank first, in score order. */
		private final int scoring;

		private final Map<String, Ranked> seen = new HashMap<>();

		private final Index byDescendants = new Index("gift/today-top-by-descendants", "descendants", 1.0);

		private final Index byValue;

		private List<Ranked> certified = List.of();

		private int batch = 0;

		private boolean exhausted;

		private final List<GiftPlanner.Row> walked = new ArrayList<>();

		private Allocation allocation;

		private final List<GiftPlanner.Warning> warnings = new ArrayList<>();

		private boolean ranked = true;

		Today(GiftPlanner.Settings s, double[] w, Supplier<GiftPlanner.Plan> full) {
			this.s = s;
			this.w = w;
			this.fullSupplier = full;
			this.cutoff = s.asOf().minusMonths(s.inactiveAfterMonths());
			this.byValue = new Index("gift/today-top-by-value", "valueMinor", s.revenueWeight() / unit());
			// The household members and the first batch of each ranking index do not depend on each
			// other or on the counts: at 1M they are about 40, 23 and 13 ms of reads, so they run at once.
			CompletableFuture<List<HouseholdMember>> householdMembers = s.combineHouseholds()
					? meanwhile(() -> List.copyOf(neo4j.query(queries.get("gift/today-households"))
						.bind(s.asOf())
						.to("asOf")
						.fetchAs(HouseholdMember.class)
						.mappedBy((types, r) -> {
							var facts = r.get("facts");
							return new HouseholdMember(GiftPlans.member(r), facts.get("descendants").asLong(),
									facts.get("valueMinor").asLong(), facts.get("children").asLong());
						})
						.all()))
					: CompletableFuture.completedFuture(List.of());
			byDescendants.first = meanwhile(() -> fetch(byDescendants, 0, firstBatch));
			byValue.first = meanwhile(() -> fetch(byValue, 0, firstBatch));
			long t0 = System.nanoTime();
			Counts counts = counts(cutoff, s.includeInactive());
			long t1 = System.nanoTime();
			long contacts = counts.contacts();
			long dormantAll = counts.dormant();
			long scoringAll = counts.scoring();
			long setAsideDormant = 0;
			long setAsideScoring = 0;
			for (SetAside c : statements.all("gift/today-set-aside", SetAside.class)) {
				boolean dormantOne = c.lastTouchOn() != null && c.lastTouchOn().isBefore(cutoff);
				(c.erased() ? erased : archived).add(c.id());
				setAsideDormant += dormantOne ? 1 : 0;
				setAsideScoring += c.descendants() > 0 && (s.includeInactive() || !dormantOne) ? 1 : 0;
			}
			archived.sort(null);
			erased.sort(null);
			this.dormant = s.includeInactive() ? 0 : (int) (dormantAll - setAsideDormant);
			long eligible = contacts - erased.size() - archived.size() - dormant;
			this.partners = neo4j.query(queries.get("gift/today-partners")).fetchAs(String.class).all().stream().toList();

			long t2 = System.nanoTime();
			// Households: grouped by the planner; scored by it, with their subtrees, once they may rank.
			int householdsEligible = 0;
			int householdsScoring = 0;
			if (s.combineHouseholds()) {
				List<GiftPlanner.Member> members = new ArrayList<>();
				Map<String, HouseholdMember> facts = new HashMap<>();
				for (HouseholdMember m : joined(householdMembers)) {
					members.add(m.member());
					facts.put(m.member().id(), m);
					inHouseholds.add(m.member().id());
					this.members.put(m.member().id(), m.member());
				}
				if (!members.isEmpty()) {
					// Without subtrees or deals the planner still groups the members and tells who is eligible.
					for (GiftPlanner.Row row : GiftPlanner.plan(members, List.of(), s).rows()) {
						Household h = household(row, facts);
						householdsCount++;
						householdsEligible += row.memberIds().size();
						if (h.scores()) {
							householdsScoring++;
							unscored.add(h);
						}
					}
					scoringAll -= facts.values()
						.stream()
						.filter(f -> f.descendants() > 0 && !f.member().erased() && !f.member().archived()
								&& (s.includeInactive() || !dormant(f.member().lastTouchOn())))
						.count();
				}
			}
			this.recipients = (int) (eligible - householdsEligible + householdsCount);
			// Members who score are eligible, so never set aside: nothing is taken from the count twice.
			this.scoring = (int) (scoringAll - setAsideScoring + householdsScoring);
			long t3 = System.nanoTime();
			allocate();
			if (log.isDebugEnabled()) {
				log.debug("Today's gift plan: counts {} ms, set aside and partners {} ms, {} household members {} ms, "
						+ "allocation {} ms reading {} + {} candidates", ms(t1 - t0), ms(t2 - t1), inHouseholds.size(),
						ms(t3 - t2), ms(System.nanoTime() - t3), byDescendants.read, byValue.read);
			}
		}

		private boolean dormant(LocalDate lastTouchOn) {
			return lastTouchOn != null && lastTouchOn.isBefore(cutoff);
		}

		boolean ranked() {
			return ranked;
		}

		/**
		 * A group of the planner's grouping pass with the bound on its score (the largest weight times
		 * its members' descendants and weighted subtree values) and whether it scores at all: with
		 * weight on the first level it does exactly when a member referred someone outside it.
		 */
		private Household household(GiftPlanner.Row row, Map<String, HouseholdMember> facts) {
			long descendants = 0;
			long valueMinor = 0;
			long children = 0;
			for (String id : row.memberIds()) {
				HouseholdMember m = facts.get(id);
				descendants += m.descendants();
				valueMinor += m.valueMinor();
				children += m.children();
				String parent = members.get(id).parentId();
				children -= parent != null && row.memberIds().contains(parent) ? 1 : 0;
			}
			double bound = max(w) * (descendants + valueMinor * s.revenueWeight() / unit());
			return new Household(row.memberIds(), bound, children > 0);
		}

		/** Scores every unscored household whose bound reaches the threshold, in one planner run. */
		private void scoreHouseholds(double threshold) {
			List<Household> due = unscored.stream()
				.filter(h -> h.bound() >= threshold * (1 - 1e-9))
				.toList();
			if (due.isEmpty()) {
				return;
			}
			unscored.removeAll(due);
			Map<String, GiftPlanner.Member> forest = new HashMap<>();
			due.forEach(h -> h.memberIds().forEach(id -> forest.put(id, members.get(id))));
			List<String> ids = List.copyOf(forest.keySet());
			for (Below x : statements.all("gift/today-subtrees", new Subtrees(ids, w.length), Below.class)) {
				// Contacts below are there to be counted, not to be gifted here: archived stands for
				// "not a recipient of this plan"; they are ranked from the indexes like everyone else.
				forest.putIfAbsent(x.id(), new GiftPlanner.Member(x.id(), x.parentId(), null, false, true, null, null,
						null, null, null, List.of()));
			}
			List<GiftPlanner.ClosedDeal> deals = GiftPlans.deals(neo4j.query(queries.get("gift/today-deals"))
				.bindAll(Statements.parameters(new Forest(List.copyOf(forest.keySet()), s.asOf()))));
			for (GiftPlanner.Row row : GiftPlanner.plan(List.copyOf(forest.values()), deals, s).rows()) {
				GiftPlanner.Member addressee = members.get(row.memberIds().getFirst());
				households.add(new Ranked(row, created(addressee.createdAt()), addressee.id()));
			}
		}

		/**
		 * Ranks at least {@code needed} recipients with a positive score (fewer only when fewer score),
		 * reading both indexes further as needed. False when that would read too many candidates.
		 */
		private boolean certify(int needed) {
			needed = Math.min(needed, scoring);
			while (certified.size() < needed) {
				if (exhausted) {
					return false;
				}
				batch = batch == 0 ? firstBatch : batch * 4;
				if (batch > MAX_CANDIDATES) {
					return false;
				}
				double bound = read(byDescendants) + read(byValue);
				exhausted = bound == 0;
				double weight = max(w);
				double threshold = weight * bound;
				scoreHouseholds(threshold);
				List<Ranked> pool = new ArrayList<>(seen.values());
				pool.addAll(households);
				pool.sort(RANK);
				int sure = 0;
				while (sure < pool.size() && pool.get(sure).row().score() > 0
						&& (exhausted || pool.get(sure).row().score() > threshold + 1e-9 * Math.max(1, threshold))) {
					sure++;
				}
				certified = pool.subList(0, sure);
				if (exhausted && sure != scoring) {
					// The counts and the ranking disagree: some fact is not what the writes should keep.
					log.warn("Today's gift plan ranked {} scoring recipients where the counts say {}; "
							+ "computing the full plan", sure, scoring);
					return false;
				}
			}
			return true;
		}

		/**
		 * Reads one index on to the current batch size and returns the bound for every candidate not yet
		 * read from it: the last value read times its weight, or 0 once the index has no more.
		 */
		private double read(Index index) {
			int wanted = batch - index.read;
			if (index.done || wanted <= 0) {
				return index.done ? 0 : index.bound;
			}
			List<Candidate> rows;
			if (index.first != null && index.read == 0 && wanted == firstBatch) {
				rows = joined(index.first);
				index.first = null;
			}
			else {
				rows = fetch(index, index.read, wanted);
			}
			index.read += rows.size();
			index.done = rows.size() < wanted;
			if (!rows.isEmpty()) {
				index.bound = rows.getLast().ordered() * index.perUnit;
			}
			for (Candidate c : rows) {
				if (!c.ineligible() && !inHouseholds.contains(c.id()) && !seen.containsKey(c.id())) {
					seen.put(c.id(), alone(c));
				}
			}
			return index.done ? 0 : index.bound;
		}

		/** Candidates of an index from {@code skip} on; reads nothing of the plan's state but its settings. */
		private List<Candidate> fetch(Index index, int skip, int limit) {
			return List.copyOf(neo4j.query(queries.get(index.query))
				.bindAll(Statements.parameters(new Batch(skip, limit, s.includeInactive() ? EVER : cutoff)))
				.fetchAs(Candidate.class)
				.mappedBy((types, r) -> new Candidate(r.get("id").asString(), r.get(index.column).asLong(),
						r.get("erased").asBoolean() || r.get("archived").asBoolean()
								|| (!s.includeInactive() && !r.get("lastTouchOn").isNull()
										&& dormant(r.get("lastTouchOn").asLocalDate())),
						r.get("levelCounts").isNull() ? null : r.get("levelCounts").asList(v -> v.asLong()),
						r.get("levelValuesMinor").isNull() ? null : r.get("levelValuesMinor").asList(v -> v.asLong()),
						r.get("createdAt").isNull() ? null : r.get("createdAt").asZonedDateTime().toInstant()))
				.all());
		}

		/** A client's row scored from its level counters and revenue per level, as the planner scores it. */
		private Ranked alone(Candidate c) {
			int levels = w.length;
			GiftPlanner.Row row = GiftPlanner.row(List.of(c.id()), longs(c.levelCounts(), levels),
					longs(c.levelValuesMinor(), levels), w, s.revenueWeight(), unit());
			return new Ranked(row, created(c.createdAt()), c.id());
		}

		private double unit() {
			return Math.pow(10, s.currencyDigits());
		}

		/** The allocation walk of {@link GiftPlanner}, as far as the budget can buy an upgrade. */
		private void allocate() {
			allocation = new Allocation(s.tiers(), s.budgetMinor(), recipients);
			int rank = 0;
			while (rank < scoring && allocation.canUpgrade()) {
				if (rank >= certified.size() && !certify(rank + 1)) {
					ranked = false;
					return;
				}
				GiftPlanner.Row row = certified.get(rank).row();
				GiftTier tier = allocation.tierAt(rank, row.score());
				walked.add(new GiftPlanner.Row(rank + 1, row.memberIds(), row.score(), row.referralPoints(),
						row.revenuePoints(), row.levels(), tier, tier.unitCostMinor()));
				rank++;
			}
			if (allocation.shortfallMinor() == null && rank < scoring) {
				// Nothing more is affordable: every scoring recipient below who qualifies for a dearer
				// tier than the floor is one more who got less than they qualified for. Scores fall
				// down the ranking, so those who reach a tier's minimum score are a prefix of it.
				int qualifying = 0;
				for (GiftTier t : allocation.byCost()) {
					if (t.unitCostMinor() <= allocation.floor().unitCostMinor()) {
						continue;
					}
					long reach = scoring;
					if (t.topShare() != null) {
						reach = Math.min(reach, (long) Math.floor(t.topShare() * recipients));
					}
					if (t.minScore() != null && t.minScore() > w[0]) {
						Integer atLeast = reaching(t.minScore());
						if (atLeast == null) {
							ranked = false;
							return;
						}
						reach = Math.min(reach, atLeast);
					}
					qualifying = (int) Math.max(qualifying, reach);
				}
				allocation.downgradedBeyondWalk(qualifying - rank);
			}
			warnings.addAll(allocation.warnings());
		}

		/**
		 * How many recipients score at least {@code minScore}; every scoring one does when it is at most
		 * the first level's weight, since a client who scores has a referral at the first level.
		 */
		private Integer reaching(double minScore) {
			int needed = firstBatch;
			while (true) {
				if (!certify(needed)) {
					return null;
				}
				for (int i = 0; i < certified.size(); i++) {
					if (certified.get(i).row().score() < minScore) {
						return i;
					}
				}
				if (certified.size() >= scoring) {
					return certified.size();
				}
				needed *= 4;
			}
		}

		private GiftPlanner.Plan full() {
			if (full == null) {
				full = fullSupplier.get();
			}
			return full;
		}

		@Override
		public GiftPlanner.Settings settings() {
			return s;
		}

		@Override
		public long allocatedMinor() {
			return allocation.allocatedMinor();
		}

		@Override
		public long unallocatedMinor() {
			return allocation.leftMinor();
		}

		@Override
		public Long shortfallMinor() {
			return allocation.shortfallMinor();
		}

		@Override
		public List<GiftPlanner.Warning> warnings() {
			return warnings;
		}

		@Override
		public int recipientCount() {
			return recipients;
		}

		@Override
		public List<GiftPlanner.TierTotal> tierTotals() {
			GiftTier floor = GiftPlanner.floor(s.tiers());
			int floorBelowWalk = Math.max(0, Math.min(recipients, allocation.floorCovered()) - walked.size());
			return GiftPlanner.tierTotals(s.tiers(), tier -> {
				int given = tier.name().equals(floor.name()) ? floorBelowWalk : 0;
				for (GiftPlanner.Row row : walked) {
					given += row.tier().name().equals(tier.name()) ? 1 : 0;
				}
				return new GiftPlanner.TierTotal(tier, given, given * tier.unitCostMinor());
			});
		}

		@Override
		public List<GiftPlanner.Row> rowPage(int offset, int limit) {
			int end = (int) Math.min((long) offset + limit, recipients);
			if (end > scoring || !certify(end)) {
				// Below every scoring recipient the order is by relationship length, which no index here
				// keeps: such pages come from the whole plan.
				return full().rowPage(offset, limit);
			}
			GiftTier floor = GiftPlanner.floor(s.tiers());
			List<GiftPlanner.Row> page = new ArrayList<>();
			for (int rank = offset; rank < end; rank++) {
				if (rank < walked.size()) {
					page.add(walked.get(rank));
				}
				else {
					GiftPlanner.Row row = certified.get(rank).row();
					GiftTier tier = rank < allocation.floorCovered() ? floor : null;
					page.add(new GiftPlanner.Row(rank + 1, row.memberIds(), row.score(), row.referralPoints(),
							row.revenuePoints(), row.levels(), tier, tier == null ? 0 : tier.unitCostMinor()));
				}
			}
			return page;
		}

		@Override
		public int exclusionCount() {
			return archived.size() + erased.size() + dormant + partners.size();
		}

		@Override
		public List<GiftPlanner.Exclusion> exclusionPage(int offset, int limit) {
			List<GiftPlanner.Exclusion> page = new ArrayList<>();
			int position = offset;
			int end = (int) Math.min((long) offset + limit, exclusionCount());
			while (position < end) {
				int at = position;
				if (at < archived.size()) {
					page.add(new GiftPlanner.Exclusion(archived.get(at), "CONTACT", ExclusionReason.ARCHIVED));
				}
				else if ((at -= archived.size()) < erased.size()) {
					page.add(new GiftPlanner.Exclusion(erased.get(at), "CONTACT", ExclusionReason.ERASED));
				}
				else if ((at -= erased.size()) < dormant) {
					int take = Math.min(end - position, dormant - at);
					neo4j.query(queries.get("gift/today-dormant-page"))
						.bindAll(Statements.parameters(new DormantPage(cutoff, at, take)))
						.fetchAs(String.class)
						.all()
						.forEach(id -> page.add(new GiftPlanner.Exclusion(id, "CONTACT", ExclusionReason.INACTIVE)));
					position += take;
					continue;
				}
				else {
					page.add(new GiftPlanner.Exclusion(partners.get(at - dormant), "AGENT",
							ExclusionReason.RESPA_PARTNER));
				}
				position++;
			}
			return page;
		}

	}

	/** A possible household member with its descendants, its subtree value and how many contacts it referred directly. */
	private record HouseholdMember(GiftPlanner.Member member, long descendants, long valueMinor, long children) {
	}

	/** A household that scores, not scored yet, with the bound on its score. */
	private record Household(List<String> memberIds, double bound, boolean scores) {
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	private static long created(Instant at) {
		return GiftPlanner.createdKey(at);
	}

	private static long[] longs(List<Long> values, int levels) {
		if (values == null) {
			return null;
		}
		long[] out = new long[levels];
		for (int i = 0; i < levels && i < values.size(); i++) {
			out[i] = values.get(i);
		}
		return out;
	}

	private static double max(double[] values) {
		double max = 0;
		for (double v : values) {
			max = Math.max(max, v);
		}
		return max;
	}

	private record Forest(List<String> ids, LocalDate asOf) {
	}

	/** A batch of a ranking index, from {@code skip}, of contacts touched since a day. */
	private record Batch(int skip, int limit, LocalDate touchedSince) {
	}

	private record DormantPage(LocalDate cutoff, int skip, int limit) {
	}

}
