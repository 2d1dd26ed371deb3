package com.rootline.gift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.rootline.api.MoneyUnits;
import com.rootline.api.Problems;
import com.rootline.api.UserErrorCode;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gift tiers, plans computed on demand, and saved plans. */
@Service
class GiftPlans {

	static final double[] DEFAULT_LEVEL_WEIGHTS = { 1.0, 0.5, 0.25 };

	/** One point per 1,000 units of closed-deal revenue (dollars for USD). */
	static final double DEFAULT_REVENUE_WEIGHT = 0.001;

	private static final int LINES_PER_WRITE = 5_000;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final Statements statements;

	private final MoneyUnits money;

	private final TodayPlans todayPlans;

	GiftPlans(Neo4jClient neo4j, CypherQueries queries, Statements statements, MoneyUnits money,
			TodayPlans todayPlans) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.statements = statements;
		this.money = money;
		this.todayPlans = todayPlans;
	}

	record GiftTierInput(String name, String giftDescription, BigDecimal unitCost, Double minScore, Double topShare) {
	}

	record GiftPlanInput(BigDecimal budget, LocalDate asOf, List<Double> levelWeights, Double revenueWeight,
			List<GiftTierInput> tiers, Boolean includeInactive, Integer inactiveAfterMonths,
			GiftPlanner.HouseholdMode householdMode) {
	}

	/** A plan as the API shows it; id, name and savedAt only once saved. */
	record PlanView(String id, String name, ZonedDateTime savedAt, String savedBy, GiftPlanner.Plan plan) {
	}

	record SavedPlanSummary(String id, String name, ZonedDateTime savedAt, String savedBy, LocalDate asOf,
			BigDecimal budget, BigDecimal totalAllocated, long recipientCount) {
	}

	@Transactional(readOnly = true)
	List<GiftTier> currentTiers() {
		return statements.all("gift/current-tiers", StoredTier.class).stream().map(t -> t.tier(money)).toList();
	}

	@Transactional
	List<GiftTier> defineTiers(List<GiftTierInput> input) {
		Problems problems = new Problems();
		List<GiftTier> tiers = tiers(input, problems, "tiers");
		problems.throwIfAny();
		statements.run("gift/define-tiers",
				new NewTiers(tiers.stream().map(StoredTier::of).toList(), Callers.currentName()));
		return currentTiers();
	}

	/** The plan to show: today's from the maintained facts where it can be, else the full one. */
	@Transactional(readOnly = true)
	GiftPlanner.Result compute(GiftPlanInput input) {
		GiftPlanner.Settings settings = validated(input);
		return todayPlans.plan(settings, () -> fullPlan(settings));
	}

	@Transactional
	PlanView save(String name, GiftPlanInput input) {
		Problems problems = new Problems();
		String cleanName = name == null ? null : name.strip();
		if (cleanName == null || cleanName.isEmpty()) {
			problems.add(UserErrorCode.REQUIRED, "A saved plan needs a name", "name");
		}
		problems.maxLength(cleanName, 200, "name");
		problems.throwIfAny();
		// A saved plan keeps every gift, so it is always the full plan.
		GiftPlanner.Plan plan = fullPlan(validated(input, "plan"));
		String id = UUID.randomUUID().toString();
		String by = Callers.currentName();
		statements.run("gift/save-plan", new SavePlan(StoredPlan.of(id, cleanName, by, plan)));
		List<StoredPlan.Line> lines = new ArrayList<>(Math.min(plan.rows().size(), LINES_PER_WRITE));
		for (GiftPlanner.Row row : plan.rows()) {
			lines.add(StoredPlan.Line.of(row));
			if (lines.size() == LINES_PER_WRITE) {
				writeLines(id, lines);
				lines.clear();
			}
		}
		if (!lines.isEmpty()) {
			writeLines(id, lines);
		}
		return load(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	Optional<PlanView> load(String id) {
		return statements.one("gift/plan", new ById(id), Saved.class).map(p -> p.plan().view(p.lines(), money));
	}

	@Transactional(readOnly = true)
	List<SavedPlanSummary> list(int limit) {
		return statements.all("gift/plans", new Newest(limit), Summary.class)
			.stream()
			.map(r -> new SavedPlanSummary(r.id(), r.name(), r.savedAt(), r.savedBy(), r.asOf(),
					money.fromMinor(r.budgetMinor()), money.fromMinor(r.allocatedMinor()), r.recipients()))
			.toList();
	}

	private void writeLines(String planId, List<StoredPlan.Line> lines) {
		statements.run("gift/save-lines", new SaveLines(planId, lines));
	}

	private record ById(String id) {
	}

	private record Newest(int limit) {
	}

	private record SavePlan(StoredPlan plan) {
	}

	private record SaveLines(String planId, List<StoredPlan.Line> lines) {
	}

	private record Saved(StoredPlan plan, List<StoredPlan.Line> lines) {
	}

	private record Summary(String id, String name, ZonedDateTime savedAt, String savedBy, LocalDate asOf,
			long budgetMinor, long allocatedMinor, long recipients) {
	}

	private record NewTiers(List<StoredTier> tiers, String by) {
	}

	/** A tier of the newest tier set, as {@code gift/current-tiers} answers it and define-tiers writes it. */
	private record StoredTier(String name, String giftDescription, long unitCostMinor, Double minScore,
			Double topShare) {

		static StoredTier of(GiftTier t) {
			return new StoredTier(t.name(), t.giftDescription(), t.unitCostMinor(), t.minScore(), t.topShare());
		}

		GiftTier tier(MoneyUnits money) {
			return new GiftTier(name, giftDescription, money.fromMinor(unitCostMinor), unitCostMinor, minScore, topShare);
		}

	}

	private GiftPlanner.Settings validated(GiftPlanInput input, Object... root) {
		Problems problems = new Problems();
		GiftPlanner.Settings settings = settings(input, problems, root);
		problems.throwIfAny();
		return settings;
	}

	/** The plan from every contact and deal as they stood on its date. */
	private GiftPlanner.Plan fullPlan(GiftPlanner.Settings settings) {
		List<GiftPlanner.Member> members = members(neo4j.query(queries.get("gift/contacts")).bind(settings.asOf()).to("asOf"));
		List<GiftPlanner.ClosedDeal> deals = deals(
				neo4j.query(queries.get("gift/closed-deals")).bind(settings.asOf()).to("asOf"));
		return GiftPlanner.plan(members, deals, settings);
	}

	/** Contacts as read by a query that ends with the gift/_member fragment. */
	static List<GiftPlanner.Member> members(Neo4jClient.RunnableSpec query) {
		return List.copyOf(query.fetchAs(GiftPlanner.Member.class).mappedBy((types, r) -> member(r)).all());
	}

	/** One row of the gift/_member fragment. */
	static GiftPlanner.Member member(org.neo4j.driver.Record r) {
		return new GiftPlanner.Member(r.get("id").asString(), r.get("parentId").asString(null),
				r.get("partnerId").asString(null), r.get("erased").asBoolean(), r.get("archived").asBoolean(),
				r.get("lastTouchOn").isNull() ? null : r.get("lastTouchOn").asLocalDate(),
				r.get("createdAt").isNull() ? null : r.get("createdAt").asZonedDateTime().toInstant(),
				r.get("firstName").asString(null), r.get("lastName").asString(null), r.get("spouseName").asString(null),
				r.get("homes").asList(v -> v.asString()));
	}

	/** Closed deals with their parties, as read by gift/closed-deals or gift/today-deals. */
	static List<GiftPlanner.ClosedDeal> deals(Neo4jClient.RunnableSpec query) {
		return List.copyOf(query.fetchAs(GiftPlanner.ClosedDeal.class)
			.mappedBy((types, r) -> new GiftPlanner.ClosedDeal(r.get("revenueMinor").asLong(),
					r.get("parties").asList(v -> v.asString())))
			.all());
	}

	private GiftPlanner.Settings settings(GiftPlanInput input, Problems problems, Object[] root) {
		Long budget = null;
		if (input.budget() == null) {
			problems.add(UserErrorCode.REQUIRED, "A plan needs a budget", append(root, "budget"));
		}
		else {
			budget = money.toMinor(input.budget());
			if (budget == null || budget < 0) {
				problems.add(UserErrorCode.INVALID_AMOUNT,
						"The budget must be zero or more, with at most the currency's decimals", append(root, "budget"));
			}
		}
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate asOf = input.asOf() == null ? today : input.asOf();
		if (asOf.isAfter(today)) {
			problems.add(UserErrorCode.INVALID_DATE, "A plan cannot be computed for a future date", append(root, "asOf"));
		}
		double[] weights = DEFAULT_LEVEL_WEIGHTS;
		if (input.levelWeights() != null) {
			List<Double> given = input.levelWeights();
			if (given.isEmpty() || given.size() > 20) {
				problems.add(UserErrorCode.INVALID, "Give between 1 and 20 level weights, one per level below the client",
						append(root, "levelWeights"));
			}
			weights = new double[Math.min(given.size(), 20)];
			for (int i = 0; i < weights.length; i++) {
				Double v = given.get(i);
				if (v == null || v < 0 || v > 1_000 || v.isNaN()) {
					problems.add(UserErrorCode.INVALID, "A level weight is between 0 and 1000", append(root, "levelWeights", i));
				}
				else {
					weights[i] = v;
				}
			}
		}
		double revenueWeight = input.revenueWeight() == null ? DEFAULT_REVENUE_WEIGHT : input.revenueWeight();
		if (revenueWeight < 0 || revenueWeight > 1_000 || Double.isNaN(revenueWeight)) {
			problems.add(UserErrorCode.INVALID, "The revenue weight is between 0 and 1000", append(root, "revenueWeight"));
		}
		int inactiveAfterMonths = input.inactiveAfterMonths() == null ? 24 : input.inactiveAfterMonths();
		if (inactiveAfterMonths < 1 || inactiveAfterMonths > 600) {
			problems.add(UserErrorCode.INVALID, "Between 1 and 600 months", append(root, "inactiveAfterMonths"));
		}
		List<GiftTier> tiers = input.tiers() == null ? currentTiers() : tiers(input.tiers(), problems, append(root, "tiers"));
		return new GiftPlanner.Settings(budget == null ? 0 : budget, asOf, weights, revenueWeight, tiers,
				Boolean.TRUE.equals(input.includeInactive()), inactiveAfterMonths,
				input.householdMode() != GiftPlanner.HouseholdMode.INDIVIDUAL, money.currency().getDefaultFractionDigits());
	}

	private List<GiftTier> tiers(List<GiftTierInput> input, Problems problems, Object... path) {
		List<GiftTier> tiers = new ArrayList<>();
		if (input.isEmpty() || input.size() > 10) {
			problems.add(UserErrorCode.INVALID, "Give between 1 and 10 tiers", path);
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < input.size(); i++) {
			GiftTierInput t = input.get(i);
			String name = t.name() == null ? "" : t.name().strip();
			if (name.isEmpty()) {
				problems.add(UserErrorCode.REQUIRED, "A tier needs a name", append(path, i, "name"));
			}
			else if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
				problems.add(UserErrorCode.DUPLICATE_TIER, "Another tier has this name", append(path, i, "name"));
			}
			problems.maxLength(name, 100, append(path, i, "name"));
			problems.maxLength(t.giftDescription(), 500, append(path, i, "giftDescription"));
			Long cost = t.unitCost() == null ? null : money.toMinor(t.unitCost());
			if (cost == null || cost < 0) {
				problems.add(UserErrorCode.INVALID_AMOUNT, "A unit cost is zero or more, with at most the currency's decimals",
						append(path, i, "unitCost"));
			}
			if (t.minScore() != null && t.topShare() != null) {
				problems.add(UserErrorCode.INVALID, "A tier is reached by minScore or by topShare, not both",
						append(path, i, "topShare"));
			}
			if (t.minScore() != null && (t.minScore() < 0 || t.minScore().isNaN())) {
				problems.add(UserErrorCode.INVALID, "minScore is zero or more", append(path, i, "minScore"));
			}
			if (t.topShare() != null && !(t.topShare() > 0 && t.topShare() <= 1)) {
				problems.add(UserErrorCode.INVALID, "topShare is a share of recipients above 0 and at most 1",
						append(path, i, "topShare"));
			}
			String description = t.giftDescription() == null || t.giftDescription().isBlank() ? name
					: t.giftDescription().strip();
			tiers.add(new GiftTier(name, description, cost == null ? null : money.fromMinor(cost),
					cost == null ? 0 : cost, t.minScore(), t.topShare()));
		}
		return tiers;
	}

	private static Object[] append(Object[] path, Object... more) {
		Object[] result = new Object[path.length + more.length];
		System.arraycopy(path, 0, result, 0, path.length);
		System.arraycopy(more, 0, result, path.length, more.length);
		return result;
	}

}
