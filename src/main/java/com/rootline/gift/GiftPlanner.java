package com.rootline.gift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.rootline.contact.Households;

/**
 * Scores every client from the referral forest and allocates the budget in tiers. Pure and
 * deterministic: the same forest and settings give the same plan, which is what lets a plan be
 * paged through, saved, and explained.
 * <p>
 * Score of a recipient (a client, or a household in COMBINE mode): for each level d below it,
 * {@code w[d] × (referrals at d + revenueWeight × closed-deal revenue at d)}, revenue in major
 * units. In a household the members' subtrees are merged, each descendant at its nearest member;
 * referrals between members and the members' own deals are not counted. A deal with several parties
 * is counted once, at its nearest party.
 * <p>
 * Allocation: everyone gets the floor (cheapest) tier; then, in rank order, each recipient with a
 * positive score gets the dearest tier it qualifies for whose extra cost still fits the budget.
 * Rank is by score, then referral points, then the longer relationship (earlier creation), then
 * id. Since the budget left only shrinks down the ranking, a higher score never gets a cheaper tier.
 */
final class GiftPlanner {

	private GiftPlanner() {
	}

	record Settings(long budgetMinor, LocalDate asOf, double[] levelWeights, double revenueWeight,
			List<GiftTier> tiers, boolean includeInactive, int inactiveAfterMonths, boolean combineHouseholds,
			int currencyDigits) {

		HouseholdMode householdMode() {
			return combineHouseholds ? HouseholdMode.COMBINE : HouseholdMode.INDIVIDUAL;
		}

	}

	/** Whether the people of one home (a couple, a family at one address) get one gift or one each. */
	enum HouseholdMode {

		COMBINE, INDIVIDUAL

	}

	/** A contact as the planner sees it: its referrer as of the plan date and what eligibility needs. */
	record Member(String id, String parentId, String partnerId, boolean erased, boolean archived,
			LocalDate lastTouchOn, Instant createdAt, String firstName, String lastName, String spouseName,
			List<String> homes) {
	}

	record ClosedDeal(long revenueMinor, List<String> parties) {
	}

	record Level(int depth, long referrals, long revenueMinor, double weight) {
	}

	/** One gift: {@code memberIds.get(0)} is the addressee, the others share the household. */
	record Row(int rank, List<String> memberIds, double score, double referralPoints, double revenuePoints,
			List<Level> levels, GiftTier tier, long amountMinor) {
	}

	/** Why someone gets no gift; declared in the order a plan lists its exclusions. */
	enum ExclusionReason {

		ARCHIVED, ERASED, INACTIVE, RESPA_PARTNER

	}

	record Exclusion(String id, String kind, ExclusionReason reason) {
	}

	record Warning(String code, String message) {
	}

	record TierTotal(GiftTier tier, int recipients, long amountMinor) {
	}

	/** A plan as the API shows it: totals, and its gifts and exclusions a page at a time. */
	interface Result {

		Settings settings();

		long allocatedMinor();

		long unallocatedMinor();

		Long shortfallMinor();

		List<Warning> warnings();

		int recipientCount();

		/** Recipients and cost per tier, dearest tier first. */
		List<TierTotal> tierTotals();

		/** Gifts from a 0-based rank on, in rank order. */
		List<Row> rowPage(int offset, int limit);

		int exclusionCount();

		List<Exclusion> exclusionPage(int offset, int limit);

	}

	/** A plan with every gift and exclusion in hand, as computed from the whole forest or saved. */
	record Plan(Settings settings, List<Row> rows, long allocatedMinor, long unallocatedMinor, Long shortfallMinor,
			List<Exclusion> excluded, List<Warning> warnings) implements Result {

		@Override
		public int recipientCount() {
			return rows.size();
		}

		@Override
		public List<TierTotal> tierTotals() {
			return GiftPlanner.tierTotals(settings.tiers(), tier -> {
				int recipients = 0;
				long amount = 0;
				for (Row row : rows) {
					if (row.tier() != null && row.tier().name().equals(tier.name())) {
						recipients++;
						amount += row.amountMinor();
					}
				}
				return new TierTotal(tier, recipients, amount);
			});
		}

		@Override
		public List<Row> rowPage(int offset, int limit) {
			return page(rows, offset, limit);
		}

		@Override
		public int exclusionCount() {
			return excluded.size();
		}

		@Override
		public List<Exclusion> exclusionPage(int offset, int limit) {
			return page(excluded, offset, limit);
		}

	}

	static <T> List<T> page(List<T> all, int offset, int limit) {
		return all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit, all.size()));
	}

	static List<TierTotal> tierTotals(List<GiftTier> tiers, java.util.function.Function<GiftTier, TierTotal> total) {
		return dearestFirst(tiers).stream().map(total).toList();
	}

	/** Tiers by cost, dearest first; tiers of equal cost in the order given. */
	static List<GiftTier> dearestFirst(List<GiftTier> tiers) {
		List<GiftTier> byCost = new ArrayList<>(tiers);
		byCost.sort(Comparator.comparingLong(GiftTier::unitCostMinor).reversed());
		return byCost;
	}

	/** The tier everyone gets: the cheapest, the last given of equally cheap ones. */
	static GiftTier floor(List<GiftTier> tiers) {
		return dearestFirst(tiers).getLast();
	}

	/** Nanoseconds since the epoch, for ranking by relationship length; the unknown come last. */
	static long createdKey(Instant at) {
		return at == null ? Long.MAX_VALUE : at.getEpochSecond() * 1_000_000_000L + at.getNano();
	}

	/**
	 * A recipient's unranked, unallocated row from its referrals and revenue per level (either may
	 * be null for none): the one place scores are summed, so that every way of ranking agrees.
	 */
	static Row row(List<String> memberIds, long[] referrals, long[] revenue, double[] w, double revenueWeight,
			double unit) {
		double referralPoints = 0;
		double revenuePoints = 0;
		for (int d = 0; d < w.length; d++) {
			referralPoints += referrals == null ? 0 : w[d] * referrals[d];
			revenuePoints += revenue == null ? 0 : w[d] * revenueWeight * (revenue[d] / unit);
		}
		List<Level> parts = List.of();
		if (referrals != null || revenue != null) {
			parts = new ArrayList<>();
			for (int d = 0; d < w.length; d++) {
				long r = referrals == null ? 0 : referrals[d];
				long v = revenue == null ? 0 : revenue[d];
				if (r > 0 || v > 0) {
					parts.add(new Level(d + 1, r, v, w[d]));
				}
			}
			parts = List.copyOf(parts);
		}
		return new Row(0, memberIds, referralPoints + revenuePoints, referralPoints, revenuePoints, parts, null, 0);
	}

	static Plan plan(List<Member> members, List<ClosedDeal> deals, Settings s) {
		int n = members.size();
		Map<String, Integer> index = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			index.put(members.get(i).id(), i);
		}
		int[] parent = new int[n];
		List<Exclusion> excluded = new ArrayList<>();
		TreeSet<String> partners = new TreeSet<>();
		boolean[] eligible = new boolean[n];
		LocalDate dormantBefore = s.asOf().minusMonths(s.inactiveAfterMonths());
		for (int i = 0; i < n; i++) {
			Member m = members.get(i);
			parent[i] = m.parentId() == null ? -1 : index.getOrDefault(m.parentId(), -1);
			if (m.partnerId() != null) {
				partners.add(m.partnerId());
			}
			ExclusionReason reason = m.erased() ? ExclusionReason.ERASED : m.archived() ? ExclusionReason.ARCHIVED
					: (!s.includeInactive() && m.lastTouchOn() != null && m.lastTouchOn().isBefore(dormantBefore))
							? ExclusionReason.INACTIVE : null;
			eligible[i] = reason == null;
			if (reason != null) {
				excluded.add(new Exclusion(m.id(), "CONTACT", reason));
			}
		}
		partners.forEach(id -> excluded.add(new Exclusion(id, "AGENT", ExclusionReason.RESPA_PARTNER)));
		excluded.sort(Comparator.comparing(Exclusion::reason).thenComparing(Exclusion::id));

		int[] group = households(members, eligible, s.combineHouseholds());
		int groups = 0;
		for (int g : group) {
			groups = Math.max(groups, g + 1);
		}
		double[] w = trimmed(s.levelWeights());
		int levels = w.length;
		long[][] referrals = new long[groups][];
		long[][] revenue = new long[groups][];
		int[] seen = new int[Math.max(levels, 1)];
		for (int i = 0; i < n; i++) {
			int found = 0;
			int d = 1;
			for (int a = parent[i]; a >= 0 && d <= levels; a = parent[a], d++) {
				int g = group[a];
				if (g >= 0 && g != group[i] && !contains(seen, found, g)) {
					seen[found++] = g;
					if (referrals[g] == null) {
						referrals[g] = new long[levels];
					}
					referrals[g][d - 1]++;
				}
			}
		}
		creditDeals(deals, index, parent, group, levels, revenue);

		double unit = Math.pow(10, s.currencyDigits());
		// Sort keys in flat arrays: at a million clients, ranking by reading records and maps in the
		// comparator cost more than all the scoring.
		int[] addressee = new int[groups];
		int[] size = new int[groups];
		long[] created = new long[n];
		Arrays.fill(addressee, -1);
		for (int i = 0; i < n; i++) {
			created[i] = createdKey(members.get(i).createdAt());
			int g = group[i];
			if (g >= 0) {
				size[g]++;
				if (addressee[g] < 0 || before(members, created, i, addressee[g])) {
					addressee[g] = i;
				}
			}
		}
		double[] score = new double[groups];
		double[] referralPoints = new double[groups];
		Row[] unranked = new Row[groups];
		for (int g = 0; g < groups; g++) {
			unranked[g] = row(null, referrals[g], revenue[g], w, s.revenueWeight(), unit);
			score[g] = unranked[g].score();
			referralPoints[g] = unranked[g].referralPoints();
		}
		Integer[] order = new Integer[groups];
		for (int g = 0; g < groups; g++) {
			order[g] = g;
		}
		Arrays.sort(order, (a, b) -> {
			int c = Double.compare(score[b], score[a]);
			if (c == 0) {
				c = Double.compare(referralPoints[b], referralPoints[a]);
			}
			if (c == 0) {
				c = Long.compare(created[addressee[a]], created[addressee[b]]);
			}
			return c != 0 ? c : members.get(addressee[a]).id().compareTo(members.get(addressee[b]).id());
		});
		Map<Integer, List<Integer>> households = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (group[i] >= 0 && size[group[i]] > 1) {
				households.computeIfAbsent(group[i], k -> new ArrayList<>()).add(i);
			}
		}
		List<Row> rows = new ArrayList<>(groups);
		for (int g : order) {
			List<String> memberIds;
			if (size[g] == 1) {
				memberIds = List.of(members.get(addressee[g]).id());
			}
			else {
				List<Integer> gm = households.get(g);
				gm.sort((a, b) -> a.equals(b) ? 0 : before(members, created, a, b) ? -1 : 1);
				memberIds = gm.stream().map(i -> members.get(i).id()).toList();
			}
			Row r = unranked[g];
			rows.add(new Row(0, memberIds, r.score(), r.referralPoints(), r.revenuePoints(), r.levels(), null, 0));
		}
		return allocate(rows, s, excluded);
	}

	static final Warning NO_RECIPIENTS = new Warning("NO_RECIPIENTS", "No contact is eligible for a gift on this date");

	static Warning budgetTooSmall(GiftTier floor, int covered, int recipients) {
		return new Warning("BUDGET_TOO_SMALL", "The budget covers the floor tier '" + floor.name() + "' for " + covered
				+ " of " + recipients + " recipients; the rest, lowest ranked first, get no gift");
	}

	static Warning budgetExhausted(int downgraded) {
		return new Warning("BUDGET_EXHAUSTED", downgraded
				+ " recipients qualified for a dearer tier than the budget had left; they got the best tier that still fitted");
	}

	/** A scoring recipient's tier, and whether it qualified for a dearer one the budget could not pay. */
	record Upgrade(GiftTier tier, boolean qualifiedHigher) {
	}

	/**
	 * The dearest tier above the floor (the last of {@code byCost}, dearest first) that the recipient
	 * qualifies for and whose extra cost over the floor is at most {@code left}; the floor if none.
	 */
	static Upgrade upgrade(List<GiftTier> byCost, double score, int rank, int recipients, long left) {
		GiftTier floor = byCost.getLast();
		boolean qualifiedHigher = false;
		for (GiftTier t : byCost) {
			if (t.unitCostMinor() <= floor.unitCostMinor() || !t.qualifies(score, rank, recipients)) {
				continue;
			}
			if (t.unitCostMinor() - floor.unitCostMinor() <= left) {
				return new Upgrade(t, qualifiedHigher);
			}
			qualifiedHigher = true;
		}
		return new Upgrade(floor, qualifiedHigher);
	}

	/** Whether member a comes before member b: created earlier, then by id. */
	private static boolean before(List<Member> members, long[] created, int a, int b) {
		int c = Long.compare(created[a], created[b]);
		return c != 0 ? c < 0 : members.get(a).id().compareTo(members.get(b).id()) < 0;
	}

	private static Plan allocate(List<Row> ranked, Settings s, List<Exclusion> excluded) {
		Allocation allocation = new Allocation(s.tiers(), s.budgetMinor(), ranked.size());
		List<Row> rows = new ArrayList<>(ranked.size());
		for (int rank = 0; rank < ranked.size(); rank++) {
			Row row = ranked.get(rank);
			GiftTier tier = allocation.tierAt(rank, row.score());
			rows.add(new Row(rank + 1, row.memberIds(), row.score(), row.referralPoints(), row.revenuePoints(),
					row.levels(), tier, tier == null ? 0 : tier.unitCostMinor()));
		}
		return new Plan(s, rows, allocation.allocatedMinor(), allocation.leftMinor(), allocation.shortfallMinor(), excluded,
				allocation.warnings());
	}

	/**
	 * Each deal credits every group above its parties once, at the nearest party's depth; groups that
	 * a party belongs to are skipped, since a member's own deal is not business it referred.
	 */
	private static void creditDeals(List<ClosedDeal> deals, Map<String, Integer> index, int[] parent, int[] group,
			int levels, long[][] revenue) {
		Map<Integer, Integer> nearest = new HashMap<>();
		List<Integer> partyGroups = new ArrayList<>();
		for (ClosedDeal deal : deals) {
			nearest.clear();
			partyGroups.clear();
			for (String party : deal.parties()) {
				Integer p = index.get(party);
				if (p == null) {
					continue;
				}
				partyGroups.add(group[p]);
				int d = 1;
				for (int a = parent[p]; a >= 0 && d <= levels; a = parent[a], d++) {
					if (group[a] >= 0) {
						nearest.merge(group[a], d, Math::min);
					}
				}
			}
			for (Map.Entry<Integer, Integer> e : nearest.entrySet()) {
				int g = e.getKey();
				if (partyGroups.contains(g)) {
					continue;
				}
				if (revenue[g] == null) {
					revenue[g] = new long[levels];
				}
				revenue[g][e.getValue() - 1] += deal.revenueMinor();
			}
		}
	}

	/**
	 * Household of every eligible member (-1 for the others): members sharing a home address, and
	 * couples who name each other as spouse, are one household when combining.
	 */
	private static int[] households(List<Member> members, boolean[] eligible, boolean combine) {
		int n = members.size();
		int[] root = new int[n];
		for (int i = 0; i < n; i++) {
			root[i] = i;
		}
		if (combine) {
			Map<String, Integer> byHome = new HashMap<>();
			// Only a member who names a spouse can be half of a couple that names each other.
			Map<String, List<Integer>> namingSpouse = new HashMap<>();
			for (int i = 0; i < n; i++) {
				if (!eligible[i]) {
					continue;
				}
				Member m = members.get(i);
				for (String home : m.homes()) {
					Integer other = byHome.putIfAbsent(home, i);
					if (other != null) {
						union(root, i, other);
					}
				}
				String name = m.spouseName() == null ? null : fullName(m);
				if (name != null) {
					namingSpouse.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
				}
			}
			for (List<Integer> named : namingSpouse.values()) {
				for (int i : named) {
					Member m = members.get(i);
					for (int j : namingSpouse.getOrDefault(normalize(m.spouseName()), List.of())) {
						if (j != i && normalize(members.get(j).spouseName()).equals(fullName(m))) {
							union(root, i, j);
						}
					}
				}
			}
		}
		int[] group = new int[n];
		Arrays.fill(group, -1);
		int[] numberOfRoot = new int[n];
		Arrays.fill(numberOfRoot, -1);
		int groups = 0;
		for (int i = 0; i < n; i++) {
			if (eligible[i]) {
				int r = find(root, i);
				if (numberOfRoot[r] < 0) {
					numberOfRoot[r] = groups++;
				}
				group[i] = numberOfRoot[r];
			}
		}
		return group;
	}

	private static String fullName(Member m) {
		return Households.fullName(m.firstName(), m.lastName());
	}

	private static String normalize(String name) {
		return Households.normalize(name);
	}

	private static int find(int[] root, int i) {
		while (root[i] != i) {
			root[i] = root[root[i]];
			i = root[i];
		}
		return i;
	}

	private static void union(int[] root, int a, int b) {
		int ra = find(root, a);
		int rb = find(root, b);
		if (ra != rb) {
			root[Math.max(ra, rb)] = Math.min(ra, rb);
		}
	}

	private static boolean contains(int[] values, int size, int value) {
		for (int i = 0; i < size; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	/** Weights without trailing zeros: levels that weigh nothing need not be walked. */
	static double[] trimmed(double[] weights) {
		int length = weights.length;
		while (length > 0 && weights[length - 1] == 0) {
			length--;
		}
		return Arrays.copyOf(weights, length);
	}

}
