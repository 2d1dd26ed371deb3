package com.rootline.gift;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.agent.AgentReader;
import com.rootline.api.ApiException;
import com.rootline.api.ApiLimits;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.ErrorCode;
import com.rootline.api.MoneyUnits;
import com.rootline.api.PageRequest;
import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The {@code GiftPlan} type, gift tiers, saved plans and upcoming gifts. */
@Controller
@PreAuthorize("hasRole('BROKER')")
class GiftPlanController {

	private final GiftPlans plans;

	private final GiftOccasions occasions;

	private final ContactReader contacts;

	private final AgentReader agents;

	private final MoneyUnits money;

	private final ApiLimits limits;

	GiftPlanController(GiftPlans plans, GiftOccasions occasions, ContactReader contacts, AgentReader agents,
			MoneyUnits money, ApiLimits limits) {
		this.plans = plans;
		this.occasions = occasions;
		this.contacts = contacts;
		this.agents = agents;
		this.money = money;
		this.limits = limits;
	}

	record GiftPlanView(String id, String name, ZonedDateTime savedAt, String savedBy, LocalDate asOf,
			BigDecimal budget, BigDecimal totalAllocated, BigDecimal unallocated, BigDecimal shortfall,
			List<Double> levelWeights, double revenueWeight, GiftPlanner.HouseholdMode householdMode, List<GiftTier> tiers,
			List<TierSummary> tierSummary, int recipientCount, List<GiftPlanner.Warning> warnings,
			GiftPlanner.Result plan) {
	}

	record TierSummary(GiftTier tier, int recipients, BigDecimal amount) {
	}

	record ScoreLevel(int depth, double weight, long referrals, BigDecimal revenue) {
	}

	record ScoreParts(double referralPoints, double revenuePoints, List<ScoreLevel> levels) {
	}

	record RowView(int rank, Contact recipient, List<Contact> household, double score, ScoreParts scoreParts,
			GiftTier tier, BigDecimal amount) {
	}

	record ExclusionView(int position, Object who, GiftPlanner.ExclusionReason reason) {
	}

	record DefineGiftTiersInput(List<GiftPlans.GiftTierInput> tiers) {
	}

	record DefineGiftTiersPayload(List<GiftTier> tiers, List<UserError> userErrors) {
	}

	record SaveGiftPlanInput(String name, GiftPlans.GiftPlanInput plan) {
	}

	record SaveGiftPlanPayload(GiftPlanView plan, List<UserError> userErrors) {
	}

	@QueryMapping
	GiftPlanView giftPlan(@Argument GiftPlans.GiftPlanInput input) {
		return view(null, null, null, null, plans.compute(input));
	}

	@QueryMapping
	List<GiftTier> giftTiers() {
		return plans.currentTiers();
	}

	@QueryMapping
	GiftPlanView savedGiftPlan(@Argument String id) {
		return plans.load(id).map(this::view).orElse(null);
	}

	@QueryMapping
	List<GiftPlans.SavedPlanSummary> savedGiftPlans(@Argument Integer first) {
		return plans.list(PageRequest.of(first, null, limits).first());
	}

	@QueryMapping
	List<GiftOccasions.UpcomingGift> upcomingGifts(@Argument String planId, @Argument LocalDate from,
			@Argument LocalDate to) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: must be on or after from, at most 366 days later");
		}
		GiftPlans.PlanView plan = plans.load(planId).orElseThrow(() -> ApiException.notFound("Gift plan", planId));
		return occasions.upcoming(plan.plan(), from, to);
	}

	@MutationMapping
	DefineGiftTiersPayload defineGiftTiers(@Argument DefineGiftTiersInput input) {
		return Payloads.attempt(() -> plans.defineTiers(input.tiers()), t -> new DefineGiftTiersPayload(t, List.of()),
				e -> new DefineGiftTiersPayload(null, e));
	}

	@MutationMapping
	SaveGiftPlanPayload saveGiftPlan(@Argument SaveGiftPlanInput input) {
		return Payloads.attempt(() -> plans.save(input.name(), input.plan()),
				p -> new SaveGiftPlanPayload(view(p), List.of()), e -> new SaveGiftPlanPayload(null, e));
	}

	@SchemaMapping(typeName = "GiftPlan")
	Connection<RowView> rows(GiftPlanView plan, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after, limits);
		List<GiftPlanner.Row> fetched = plan.plan().rowPage(offset(page), page.fetchSize());
		Set<String> ids = new HashSet<>();
		fetched.forEach(r -> ids.addAll(r.memberIds()));
		ContactReader.Depth depth = ContactReader.depthFor(env, "edges/node/recipient") == ContactReader.Depth.FULL
				? ContactReader.Depth.FULL : ContactReader.depthFor(env, "edges/node/household");
		Map<String, Contact> loaded = contacts.findAll(ids, depth);
		List<RowView> rows = fetched.stream().map(r -> row(r, loaded)).toList();
		return Connection.of(rows, page, r -> Cursors.encode(r.rank()), plan.recipientCount());
	}

	@SchemaMapping(typeName = "GiftPlan")
	Connection<ExclusionView> excluded(GiftPlanView plan, @Argument Integer first, @Argument String after) {
		PageRequest page = PageRequest.of(first, after, limits);
		List<GiftPlanner.Exclusion> fetched = plan.plan().exclusionPage(offset(page), page.fetchSize());
		Map<String, Contact> loadedContacts = contacts
			.findAll(fetched.stream().filter(e -> e.kind().equals("CONTACT")).map(GiftPlanner.Exclusion::id).toList());
		Map<String, ?> loadedAgents = agents
			.findAll(fetched.stream().filter(e -> e.kind().equals("AGENT")).map(GiftPlanner.Exclusion::id).toList());
		List<ExclusionView> views = new ArrayList<>();
		for (int i = 0; i < fetched.size(); i++) {
			GiftPlanner.Exclusion e = fetched.get(i);
			Object who = e.kind().equals("CONTACT") ? loadedContacts.get(e.id()) : loadedAgents.get(e.id());
			// A partner or contact deleted since the plan was saved has nothing left to show.
			if (who != null) {
				views.add(new ExclusionView(offset(page) + i + 1, who, e.reason()));
			}
		}
		return Connection.of(views, page, v -> Cursors.encode(v.position()), plan.plan().exclusionCount());
	}

	/** The saved plan as a list for the gift vendor. */
	@GetMapping(path = "/reports/gift-plans/{id}.csv", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable String id) {
		GiftPlans.PlanView plan = plans.load(id).orElseThrow(() -> ApiException.notFound("Gift plan", id));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gift-plan-" + id + ".csv\"")
			.body(occasions.csv(plan.plan()));
	}

	/** Row cursors are positions: a plan is deterministic, so a position names the same row again. */
	private static int offset(PageRequest page) {
		return page.after() == null ? 0 : Integer.parseInt(Cursors.decode(page.after(), 1).getFirst());
	}

	private RowView row(GiftPlanner.Row r, Map<String, Contact> loaded) {
		List<Contact> household = r.memberIds().stream().map(loaded::get).filter(c -> c != null).toList();
		List<ScoreLevel> levels = r.levels()
			.stream()
			.map(l -> new ScoreLevel(l.depth(), l.weight(), l.referrals(), money.fromMinor(l.revenueMinor())))
			.toList();
		return new RowView(r.rank(), loaded.get(r.memberIds().getFirst()), household, r.score(),
				new ScoreParts(r.referralPoints(), r.revenuePoints(), levels), r.tier(),
				money.fromMinor(r.amountMinor()));
	}

	private GiftPlanView view(GiftPlans.PlanView v) {
		return view(v.id(), v.name(), v.savedAt(), v.savedBy(), v.plan());
	}

	private GiftPlanView view(String id, String name, ZonedDateTime savedAt, String savedBy, GiftPlanner.Result p) {
		GiftPlanner.Settings s = p.settings();
		List<TierSummary> summary = p.tierTotals()
			.stream()
			.map(t -> new TierSummary(t.tier(), t.recipients(), money.fromMinor(t.amountMinor())))
			.toList();
		return new GiftPlanView(id, name, savedAt, savedBy, s.asOf(), money.fromMinor(s.budgetMinor()),
				money.fromMinor(p.allocatedMinor()), money.fromMinor(p.unallocatedMinor()),
				money.fromMinor(p.shortfallMinor()), Arrays.stream(s.levelWeights()).boxed().toList(),
				s.revenueWeight(), s.householdMode(), s.tiers(), summary,
				p.recipientCount(), p.warnings(), p);
	}

}
