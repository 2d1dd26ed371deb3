package com.rootline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.rootline.graph.CypherQueries;
import com.rootline.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operations of the load benchmark and how a run goes: generate the data, warm up, then each
 * operation through GraphQL and as raw Cypher at each concurrency. {@link LoadBenchmark} runs it
 * at full size; {@link LoadBenchmarkSmokeTest} runs it tiny in the default suite.
 */
abstract class LoadScenario extends IntegrationTest {

	@Autowired
	CypherQueries queries;

	/** Generates the data, runs every operation, and returns the table (also written to target/benchmark). */
	String run(int size, LoadRunner.Plan plan) throws IOException {
		BenchData.Shape data = BenchData.generate(driver, size, 42);
		LoadRunner runner = new LoadRunner(port, BROKER, driver, queries);
		// -Drootline.bench.only=tree,ancestry runs only the operations whose names contain one of those words.
		List<String> only = List.of(System.getProperty("rootline.bench.only", "").split(",")).stream()
			.filter(w -> !w.isBlank())
			.toList();
		List<LoadRunner.Operation> operations = new ArrayList<>(operations(data));
		operations.addAll(keepingInTouch(data));
		operations.addAll(leads());
		operations.addAll(reports());
		operations.removeIf(op -> !only.isEmpty() && only.stream().noneMatch(op.name()::contains));
		runner.warmUp(operations, plan.warmUpRequests());
		List<LoadRunner.Row> rows = new ArrayList<>();
		Path out = Path.of("target", "benchmark", "load-" + size + ".md");
		Files.createDirectories(out.getParent());
		String table = "";
		for (LoadRunner.Operation operation : operations) {
			rows.addAll(runner.measure(operation, plan));
			// Written after every operation: a run that dies late (out of memory at a million
			// contacts, say) still leaves the rows it measured.
			table = LoadRunner.table(data, plan, rows);
			Files.writeString(out, table);
		}
		assertThat(rows).as(table).allMatch(r -> r.graphql().failures() == 0 && r.cypher().failures() == 0);
		if (only.isEmpty() || only.stream().anyMatch("enrol 33 Touch"::contains)) {
			table += "\n" + enrolment(size);
			Files.writeString(out, table);
		}
		if (only.isEmpty() || only.stream().anyMatch("campaign"::contains)) {
			table += "\n" + campaign(size);
			Files.writeString(out, table);
		}
		if (only.isEmpty() || only.stream().anyMatch("conversion model"::contains)) {
			table += "\n" + conversionModel(size);
			Files.writeString(out, table);
		}
		if (only.isEmpty() || only.stream().anyMatch("duplicate scan"::contains)) {
			table += "\n" + duplicateScan(size);
			Files.writeString(out, table);
		}
		// wrk runs whole seconds, longer than the smoke run's runs.
		if (plan.runMillis() >= 1_000 && operations.stream().anyMatch(op -> op.wrk() != null)) {
			table += "\n" + throughWrk(operations, rows, plan);
			Files.writeString(out, table);
		}
		return table;
	}

	/** The operations that are one GraphQL request again, through a load generator of its own (see {@link WrkRun}). */
	private String throughWrk(List<LoadRunner.Operation> operations, List<LoadRunner.Row> rows, LoadRunner.Plan plan)
			throws IOException {
		var wrk = WrkRun.find(port, BROKER);
		if (wrk.isEmpty()) {
			return "wrk is not installed (apt-get install wrk): the operations through an outside load generator are skipped.\n";
		}
		StringBuilder table = new StringBuilder("""
				| Operation, GraphQL through wrk | c | p50 ms | p99 ms | req/s | server CPU-ms/req | failed | \
				req/s with the in-process client (above) | wrk ÷ in-process (req/s) |
				|---|---|---|---|---|---|---|---|---|
				""");
		for (LoadRunner.Operation op : operations) {
			if (op.wrk() == null) {
				continue;
			}
			List<Integer> concurrencies = plan.concurrenciesOf(op);
			List<WrkRun.Figures> figures;
			try {
				figures = wrk.get().measure(op.wrk(), concurrencies, Math.max(2_000, plan.runMillis()), plan.rounds());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			for (WrkRun.Figures f : figures) {
				double inProcess = rows.stream()
					.filter(r -> r.operation().equals(op.name()) && r.concurrency() == f.concurrency())
					.mapToDouble(r -> r.graphql().throughput())
					.findFirst()
					.orElse(Double.NaN);
				table.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %,.0f | %.2f | %d | %,.0f | %.2f |%n",
						op.name(), f.concurrency(), f.p50(), f.p99(), f.throughput(), f.cpuMsPerRequest(), f.failures(),
						inProcess, f.throughput() / inProcess));
			}
			assertThat(figures).as(table.toString()).allMatch(f -> f.failures() == 0 && f.requests() > 0);
		}
		return table.toString();
	}

	/** A contact filter's query parameters with nothing set, as ContactSearch#params makes them. */
	private static Map<String, Object> contactListParams(String order, String anchor, String after, long budget) {
		Map<String, Object> p = new HashMap<>();
		for (String key : List.of("search", "group", "tag", "ownerId", "statusLevel", "levelDisagrees", "active", "contactType",
				"birthdayMonth", "createdFrom", "createdTo", "customProperty", "customValue")) {
			p.put(key, null);
		}
		p.put("archived", false);
		p.put("order", order);
		p.put("anchor", anchor);
		p.put("after", after);
		p.put("limit", 21);
		p.put("budget", budget);
		return p;
	}

	/**
	 * The lists (issue: lists that cost a page). The Cypher floor of each is the one statement that
	 * serves it: the walk of the order's index, or, for a rare filter, the read of its anchor.
	 */
	private List<LoadRunner.Operation> listOperations(int n) {
		List<LoadRunner.Operation> ops = new ArrayList<>();
		Map<String, String> walks = Map.of("NAME", "contact/page-walk-name", "CREATED_AT", "contact/page-walk-created",
				"LAST_CONTACTED_AT", "contact/page-walk-contacted");
		Map<String, String> keyOf = Map.of("NAME", "nameKey", "CREATED_AT", "createdKey", "LAST_CONTACTED_AT",
				"contactedKey");
		String middle = "b" + n / 2;
		for (String order : List.of("NAME", "CREATED_AT", "LAST_CONTACTED_AT")) {
			String page = "query($after: String) { contacts(orderBy: " + order
					+ ", first: 20, after: $after) { edges { cursor node { id displayName } } } }";
			Map<String, Object> first = contactListParams(order, "ALL", "", Long.MAX_VALUE);
			ops.add(LoadRunner.Operation.of("contacts list by " + order + ", first page of 20", 16,
					(c, r) -> c.graphql(page, Map.of()), (c, r) -> c.read(walks.get(order), first)));
			String key;
			try (var session = driver.session()) {
				key = session.run("MATCH (c:Contact {id: $id}) RETURN c[$key] AS k", Map.of("id", middle, "key",
						keyOf.get(order))).single().get("k").asString();
			}
			String cursor = com.rootline.api.Cursors.encode(order, key);
			Map<String, Object> later = contactListParams(order, "ALL", key, Long.MAX_VALUE);
			ops.add(LoadRunner.Operation.of("contacts list by " + order + ", a page in the middle (cursor)", 16,
					(c, r) -> c.graphql(page, Map.of("after", cursor)), (c, r) -> c.read(walks.get(order), later)));
		}
		record Filtered(String name, String filter, String anchor, String param, Object value, boolean walks) {
		}
		for (Filtered f : List.of(new Filtered("group of 10%", "{group: \"Past Clients\"}", "GROUP", "group", "Past Clients", true),
				new Filtered("tag of 1%", "{tag: \"vip\"}", "TAG", "tag", "vip", true),
				new Filtered("status level A", "{statusLevel: A}", "STATUS_LEVEL", "statusLevel", "A", true),
				new Filtered("owner of " + BenchData.OWNED, "{ownerId: \"top-agent\"}", "OWNER", "ownerId", "top-agent",
						false),
				new Filtered("full-text search of a last name, 'garcia500' (a few hits)", "{search: \"garcia500\"}",
						"SEARCH", "search", "+garcia500*", false),
				new Filtered("full-text search of a first name, 'maria' (1 contact in 12)", "{search: \"maria\"}", "SEARCH",
						"search", "+maria*", false),
				new Filtered("custom field loan type FHA", "{customField: {key: \"loan_type\", equals: \"FHA\"}}", "ALL",
						"customProperty", "cf_loan_type", true))) {
			// The walk's budget as ContactSearch sets it: four times the entries a page is expected within.
			long budget = f.anchor().equals("ALL") ? Long.MAX_VALUE : f.anchor().equals("TAG") ? Math.max(2_000, 4L * 21 * 100) : 2_000;
			Map<String, Object> params = contactListParams("NAME", f.anchor(), "", budget);
			params.put(f.param(), f.value());
			if (f.param().equals("customProperty")) {
				params.put("customValue", "FHA");
			}
			String query = f.walks() ? "contact/page-walk-name" : "contact/page-anchored";
			ops.add(LoadRunner.Operation.of("contacts list filtered by " + f.name() + ", first page of 20", 16,
					(c, r) -> c.graphql("{ contacts(filter: " + f.filter() + ", first: 20) { edges { node { id displayName } } } }",
							Map.of()),
					(c, r) -> c.read(query, params)));
		}
		Map<String, Object> unfiltered = contactListParams("NAME", "ALL", "", 0);
		ops.add(LoadRunner.Operation.of("contacts totalCount, unfiltered", 16,
				(c, r) -> c.graphql("{ contacts(first: 0) { totalCount } }", Map.of()),
				(c, r) -> c.read("contact/count-listed", unfiltered)));
		Map<String, Object> grouped = contactListParams("NAME", "GROUP", "", 0);
		grouped.put("group", "Past Clients");
		ops.add(LoadRunner.Operation.of("contacts totalCount, group of 10%", 4,
				(c, r) -> c.graphql("{ contacts(filter: {group: \"Past Clients\"}, first: 0) { totalCount } }", Map.of()),
				(c, r) -> c.read("contact/count-anchor", grouped)));
		Map<String, Object> deals = new HashMap<>();
		for (String key : List.of("stage", "kind", "agentId", "contactId", "closedFrom", "closedTo")) {
			deals.put(key, null);
		}
		deals.put("after", "");
		deals.put("limit", 21);
		deals.put("budget", Long.MAX_VALUE);
		ops.add(LoadRunner.Operation.of("deals list, first page of 20", 16,
				(c, r) -> c.graphql("{ deals(first: 20) { edges { node { id stage } } } }", Map.of()),
				(c, r) -> c.read("deal/page-walk", deals)));
		return ops;
	}

	/**
	 * The agent's day (issue: keeping in touch) for the top agent's book of 3,600 contacts,
	 * the A level (a third) on the 8x8 plan started 20 days ago (so steps are due), with a calendar feed. The Cypher
	 * floor of each row is the reads the service makes for it.
	 */
	private List<LoadRunner.Operation> keepingInTouch(BenchData.Shape data) throws IOException {
		LocalDate today = LocalDate.now(java.time.ZoneId.systemDefault());
		String job = ok(BROKER, "mutation($d: Date) { enrollInTouchPlan(input: {planId: \"8x8\", filter: {ownerId: \"top-agent\", "
				+ "statusLevel: A}, startOn: $d}) { job { id } } }", args("d", today.minusDays(20).toString()))
			.at("enrollInTouchPlan.job.id").asString();
		awaitJob(job);
		String feed = ok(BROKER, "mutation { createCalendarFeed(input: {agentId: \"top-agent\"}) { path } }", Map.of())
			.at("createCalendarFeed.path").asString();
		List<String> trees;
		try (var session = driver.session()) {
			// The clients whose newest referral the list needs: a tree that brought business, and
			// contacted within the rule's 90 days (the others qualify whatever it is).
			trees = session.run("MATCH (:Agent {id: 'top-agent'})-[:OWNS]->(c:Contact) WHERE c.descendants > 0 "
					+ "AND c.subtreeValueMinor >= 1 AND c.lastContactedAt >= datetime() - duration({days: 91}) "
					+ "RETURN c.id AS id").list(r -> r.get("id").asString());
		}
		Map<String, Object> candidates = Map.of("agentId", "top-agent", "extraIds", List.of(), "customProperties", List.of());
		Map<String, Object> dueTasks = Map.of("agentId", "top-agent", "today", today);
		Map<String, Object> dated = new HashMap<>();
		dated.put("ownerId", "top-agent");
		dated.put("customProperties", List.of());
		List<LoadRunner.Operation> ops = new ArrayList<>();
		ops.add(LoadRunner.Operation.of("today: call list, first page of 20, agent with " + BenchData.OWNED + " contacts", 4,
				(c, r) -> c.graphql("{ dailyCalls(agentId: \"top-agent\", first: 20) { totalCount edges { node { score "
						+ "treeValue contact { id displayName } reasons { code text } } } } }", Map.of()),
				(c, r) -> {
					c.read("today/call-rules", Map.of());
					c.read("today/recurring-fields", Map.of());
					c.read("today/due-tasks", dueTasks);
					c.read("today/call-candidates", candidates);
					c.read("today/newest-referrals", Map.of("ids", trees));
				}));
		ops.add(LoadRunner.Operation.of("today: upcomingDates for 30 days, same agent, first page of 50", 4,
				(c, r) -> c.graphql("{ upcomingDates(ownerId: \"top-agent\", first: 50) { totalCount edges { node { on kind "
						+ "years contact { id displayName } } } } }", Map.of()),
				(c, r) -> {
					c.read("today/recurring-fields", Map.of());
					c.read("today/dated-contacts", dated);
				}));
		Map<String, Object> openTasks = Map.of("assigneeId", "top-agent", "from", today.minusDays(30), "to",
				today.plusDays(365), "limit", 5_000);
		Map<String, Object> appointments = Map.of("agentIds", List.of("top-agent"), "from",
				today.minusDays(30).atStartOfDay(java.time.ZoneOffset.UTC), "to", today.plusDays(366).atStartOfDay(java.time.ZoneOffset.UTC));
		String etag = http.send(java.net.http.HttpRequest.newBuilder(http.uri(feed)).GET().build())
			.raw().headers().firstValue("ETag").orElseThrow();
		ops.add(LoadRunner.Operation.of("calendar feed of that agent, unchanged (If-None-Match: 304)", 4,
				(c, r) -> c.get(feed, etag, 304),
				(c, r) -> {
					c.read("task/open-of-assignee", openTasks);
					c.read("today/recurring-fields", Map.of());
					c.read("today/dated-contacts", dated);
					c.read("calendar/of-agents", appointments);
				}));
		ops.add(LoadRunner.Operation.of("calendar feed of that agent (GET .ics: a year of its plan steps and dates)", 4,
				(c, r) -> c.get(feed),
				(c, r) -> {
					c.read("task/open-of-assignee", openTasks);
					c.read("today/recurring-fields", Map.of());
					c.read("today/dated-contacts", dated);
					c.read("calendar/of-agents", appointments);
				}));
		return ops;
	}

	/**
	 * Web leads: a brokerage site posts a new person each time. The floor is as many nodes written
	 * by one raw statement (a contact, its inquiry, a task and two outbox messages; the contact under
	 * a label of its own, so that the maintained contact counts stay true), without the matching,
	 * routing, lead source and tree facts the service does in the same transaction.
	 */
	private List<LoadRunner.Operation> leads() {
		String outlet = ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-internet\", "
				+ "name: \"bench homes site\"}) { outlet { id } } }", Map.of()).at("createMediaOutlet.outlet.id").asString();
		// An agent of their own: the top agent's tasks are in the calendar feed rows, whose ETag must hold.
		String agent = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Web Leads\", "
				+ "email: \"leads@brokerage.example\"}) { agent { id } } }", Map.of()).at("createAgent.agent.id").asString();
		ok(BROKER, "mutation($o: ID, $a: ID!) { saveLeadRoute(input: {outletId: $o, agentIds: [$a]}) { route { id } } }",
				args("o", outlet, "a", agent));
		String key = ok(ADMIN, "mutation($o: ID!) { createLeadSite(input: {name: \"Bench\", outletId: $o, "
				+ "allowedOrigins: [\"https://homes.example\"]}) { site { publicKey } } }", args("o", outlet))
			.at("createLeadSite.site.publicKey").asString();
		AtomicLong sequence = new AtomicLong();
		return List.of(LoadRunner.Operation.of("web lead: POST /leads, a new person (contact, lead source, inquiry, "
				+ "call task, welcome and notification in the outbox: one transaction)", 8,
				(c, r) -> {
					long n = sequence.incrementAndGet();
					c.post("/leads?key=" + key, "application/x-www-form-urlencoded", "firstName=Lead&lastName=N" + n
							+ "&email=lead" + n + "%40bench.example&message=Saw+the+open+house&consentToEmail=on", 202);
				},
				(c, r) -> c.write("""
						CREATE (k:FloorContact {id: randomUUID(), firstName: 'Lead', lastName: $n, createdAt: datetime()})
						CREATE (k)-[:HAD]->(:Interaction {id: randomUUID(), kind: 'WEB_FORM', summary: 'Saw the open house'})
						CREATE (:Task {id: randomUUID(), contactId: k.id, assigneeId: 'bench-lead-agent', status: 'OPEN'})
						CREATE (:OutboxMessage {id: randomUUID(), contactId: k.id, status: 'DRAFT', text: 'Welcome'})
						CREATE (:OutboxMessage {id: randomUUID(), status: 'DRAFT', text: 'Notification'})""",
						Map.of("n", "F" + sequence.incrementAndGet()))));
	}

	/** The business reports over the last two years for the whole brokerage; the floor is the report's one read. */
	private List<LoadRunner.Operation> reports() {
		LocalDate to = LocalDate.now();
		LocalDate from = to.minusYears(2).plusDays(1);
		String zone = java.time.ZoneId.systemDefault().getId();
		Map<String, Object> seasonality = new HashMap<>();
		seasonality.put("from", from.withDayOfMonth(1));
		seasonality.put("to", to.withDayOfMonth(to.lengthOfMonth()));
		seasonality.put("agentId", null);
		seasonality.put("kind", null);
		seasonality.put("zone", zone);
		Map<String, Object> growth = new HashMap<>();
		growth.put("from", from.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
		growth.put("to", to.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY)));
		growth.put("agentId", null);
		growth.put("zone", zone);
		Map<String, Object> brokerage = new HashMap<>();
		brokerage.put("agentId", null);
		java.time.ZoneId zoneId = java.time.ZoneId.systemDefault();
		Map<String, Object> activity = new HashMap<>(growth);
		activity.put("fromTime", ((LocalDate) growth.get("from")).atStartOfDay(zoneId));
		activity.put("toTime", ((LocalDate) growth.get("to")).plusDays(1).atStartOfDay(zoneId));
		activity.put("today", to);
		Map<String, Object> mix = new HashMap<>();
		mix.put("from", from);
		mix.put("to", to);
		mix.put("agentId", null);
		Map<String, Object> funnel = new HashMap<>(mix);
		funnel.put("zone", zone);
		return List.of(
				LoadRunner.Operation.of("report: business mix of two years' closed revenue (sources, generations, media types)", 4,
						(c, r) -> c.graphql("query($f: Date!, $t: Date!) { businessMix(from: $f, to: $t) { revenue "
								+ "sources { source deals revenue share } referralGenerations { generation revenue } "
								+ "advertising { mediaType { name } revenue } } }", Map.of("f", from.toString(), "t", to.toString())),
						(c, r) -> c.read("report/business-mix", mix)),
				LoadRunner.Operation.of("report: funnel by media type of two years' deals (with the whole cohort)", 4,
						(c, r) -> c.graphql("query($f: Date!, $t: Date!) { sourceFunnel(from: $f, to: $t, by: MEDIA_TYPE) { "
								+ "rows { mediaType { name } leads applications approved closed leadToCloseRate medianDaysToClose } "
								+ "total { leads closed } } }", Map.of("f", from.toString(), "t", to.toString())),
						(c, r) -> c.read("report/source-funnel", funnel)),
				LoadRunner.Operation.of("report: agent activity over two years, every team agent (105 weeks each)", 4,
						(c, r) -> c.graphql("query($f: Date!, $t: Date!) { agentActivity(from: $f, to: $t) { agent { name } "
								+ "touches tasksCompleted tasksOverdue weeks { weekOf touches tasksCompleted tasksOverdue } } }",
								Map.of("f", from.toString(), "t", to.toString())),
						(c, r) -> c.read("report/agent-activity", activity)),
				LoadRunner.Operation.of("report: seasonality of all deals over two years (24 months and the profile)", 4,
						(c, r) -> c.graphql("query($f: Date!, $t: Date!) { seasonality(from: $f, to: $t) { months { month created "
								+ "underContract closed } profile { month created } } }", Map.of("f", from.toString(), "t", to.toString())),
						(c, r) -> c.read("report/seasonality", seasonality)),
				LoadRunner.Operation.of("report: database growth over two years (105 weeks by source, and the book now)", 4,
						(c, r) -> c.graphql("query($f: Date!, $t: Date!) { databaseGrowth(from: $f, to: $t) { addedPerWeek "
								+ "weeks { weekOf added addedBySource { advertising referral partner none } archived erased net } "
								+ "now { active inactive } } }", Map.of("f", from.toString(), "t", to.toString())),
						(c, r) -> {
							c.read("report/database-growth", growth);
							c.read("report/contact-totals", brokerage);
						}));
	}

	/**
	 * A campaign to every contact who consented (all of them here): the preview's exact count, then
	 * the start that confirms it and freezes the recipients, each timed from request to answer. The
	 * campaign is scheduled for tomorrow, so nothing is sent here: CampaignTest covers the sending.
	 */
	private String campaign(int size) {
		try (var session = driver.session()) {
			session.run("MATCH (c:Contact) CALL (c) { SET c.emailConsentAt = datetime() } IN TRANSACTIONS OF 10000 ROWS")
				.consume();
		}
		String template = ok(BROKER, "mutation { saveEmailTemplate(input: {name: \"Bench news\", purpose: CAMPAIGN, "
				+ "subject: \"News for {{firstName}}\", text: \"Hi {{firstName}}\"}) { template { id } } }", Map.of())
			.at("saveEmailTemplate.template.id").asString();
		String id = ok(MARKETING, "mutation($t: ID!, $at: DateTime) { createCampaign(input: {name: \"Everyone\", "
				+ "templateId: $t, segment: {}, scheduledFor: $at}) { campaign { id } } }",
				args("t", template, "at", java.time.OffsetDateTime.now().plusDays(1).toString()))
			.at("createCampaign.campaign.id").asString();
		long start = System.nanoTime();
		int count = ok(MARKETING, "query($id: ID!) { previewCampaign(id: $id) { recipientCount } }", args("id", id))
			.at("previewCampaign.recipientCount").asInt();
		double preview = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		String status = ok(MARKETING, "mutation($id: ID!, $n: Int!) { startCampaign(input: {id: $id, confirmRecipientCount: $n}) "
				+ "{ campaign { status } userErrors { code message } } }", args("id", id, "n", count))
			.at("startCampaign.campaign.status").asString();
		double freeze = (System.nanoTime() - start) / 1e9;
		assertThat(status).isEqualTo("SCHEDULED");
		return String.format(Locale.ROOT, """
				| One campaign | recipients | preview s | start (count checked, recipients frozen) s | recipients/s frozen |
				|---|---|---|---|---|
				| every consented contact | %,d | %.1f | %.1f | %,.0f |
				""", count, preview, freeze, count / freeze);
	}

	/**
	 * Training the conversion model on the whole store (every contact's features read, the fit, the
	 * evaluation) in a job (trainConversionModel with background, as a store this size needs), timed
	 * from the request until the job records the model, and until it has scored every contact.
	 */
	private String conversionModel(int size) {
		StringBuilder rows = new StringBuilder("| Conversion model (trained in a job) | contacts fitted + held out | "
				+ "converted (fitted) | training s | then every contact scored s | used | held-out AUC / rule's |\n"
				+ "|---|---|---|---|---|---|---|\n");
		long start = System.nanoTime();
		String job = ok(BROKER, "mutation { trainConversionModel(input: {horizonMonths: 12, background: true}) { job { id } "
				+ "userErrors { code message } } }", Map.of()).at("trainConversionModel.job.id").asString();
		double trained = Double.NaN;
		JsonNode status;
		do {
			sleep(200);
			status = ok(BROKER, "query($j: ID) { conversionScoringJob(id: $j) { status trainedVersion message } }", args("j", job))
				.at("conversionScoringJob");
			if (Double.isNaN(trained) && !status.path("trainedVersion").isNull()) {
				trained = (System.nanoTime() - start) / 1e9;
			}
		}
		while (status.path("status").asString().matches("QUEUED|RUNNING"));
		double done = (System.nanoTime() - start) / 1e9;
		assertThat(status.path("status").asString()).as(status.toString()).isEqualTo("COMPLETED");
		JsonNode model = ok(BROKER, "{ conversionModel { used evaluation { examples heldOut positives auc baselineAuc } } }",
				Map.of()).at("conversionModel");
		JsonNode e = model.path("evaluation");
		rows.append(String.format(Locale.ROOT, "| train on the whole store (%,d contacts) | %,d | %,d | %.1f | %.1f | %s | %.3f / %.3f |%n",
				size, e.path("examples").asInt() + e.path("heldOut").asInt(), e.path("positives").asInt(), trained,
				done - trained, model.path("used").asBoolean(), e.path("auc").asDouble(), e.path("baselineAuc").asDouble()));
		rows.append(scoring(size));
		return rows.toString();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every contact scored by the job (streamed, 500 a page), request to completion; then one contact
	 * read 200 times (20 in the smoke run) with its stored conversion and without it (the target: at
	 * most 5 ms more), and the read of the stored fields alone.
	 */
	private String scoring(int size) {
		long start = System.nanoTime();
		String job = ok(BROKER, "mutation { scoreContacts(input: {}) { job { id } } }", Map.of())
			.at("scoreContacts.job.id").asString();
		JsonNode done = awaitCompleted("query($j: ID) { conversionScoringJob(id: $j) { status processed basis } }", job,
				"conversionScoringJob");
		double seconds = (System.nanoTime() - start) / 1e9;
		java.util.Random random = new java.util.Random(5);
		int reads = size >= 10_000 ? 200 : 20;
		long[] graphql = new long[reads];
		long[] contact = new long[reads];
		long[] read = new long[reads];
		for (int i = 0; i < reads; i++) {
			String id = "b" + random.nextInt(size);
			long t0 = System.nanoTime();
			ok(VIEWER, "query($id: ID!) { contact(id: $id) { id displayName statusLevel conversion { probability "
					+ "suggestedLevel computedAt factors { name contribution } } } }", args("id", id));
			graphql[i] = System.nanoTime() - t0;
			t0 = System.nanoTime();
			ok(VIEWER, "query($id: ID!) { contact(id: $id) { id displayName statusLevel } }", args("id", id));
			contact[i] = System.nanoTime() - t0;
			t0 = System.nanoTime();
			try (var session = driver.session()) {
				session.run(queries.get("conversion/stored-scores"), Map.of("ids", List.of(id), "since",
						java.time.OffsetDateTime.now().minusDays(1))).list();
			}
			read[i] = System.nanoTime() - t0;
		}
		java.util.Arrays.sort(graphql);
		java.util.Arrays.sort(contact);
		java.util.Arrays.sort(read);
		return String.format(Locale.ROOT, "| score every contact (job, %s basis): %,d contacts | | | %.1f s, %,.0f contacts/s | "
				+ "one contact with its stored conversion: p50 %.1f ms, the same contact without it %.1f ms (the stored "
				+ "fields' read alone %.1f ms) | | |%n",
				done.path("basis").asString(), done.path("processed").asLong(), seconds, done.path("processed").asLong() / seconds,
				graphql[reads / 2] / 1e6, contact[reads / 2] / 1e6, read[reads / 2] / 1e6);
	}

	/** Polls a background job (the query takes its id as $j) until it ends, and requires it COMPLETED. */
	private JsonNode awaitCompleted(String query, String job, String field) {
		JsonNode done;
		do {
			sleep(200);
			done = ok(BROKER, query, args("j", job)).at(field);
		}
		while (done.path("status").asString().matches("QUEUED|RUNNING"));
		assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
		return done;
	}

	/** Every contact examined for duplicates by one scan job, request to completion, and the list's first page. */
	private String duplicateScan(int size) {
		long start = System.nanoTime();
		String job = ok(BROKER, "mutation { scanDuplicates(input: {}) { job { id } } }", Map.of())
			.at("scanDuplicates.job.id").asString();
		JsonNode done = awaitCompleted("query($j: ID) { duplicateScanJob(id: $j) { status processed } }", job,
				"duplicateScanJob");
		double seconds = (System.nanoTime() - start) / 1e9;
		long t0 = System.nanoTime();
		JsonNode page = ok(VIEWER, "{ duplicateCandidates(first: 20) { totalCount edges { node { score reasons { kind } "
				+ "conflicts { field } contact { displayName } other { displayName } } } } }", Map.of()).at("duplicateCandidates");
		double pageMs = (System.nanoTime() - t0) / 1e6;
		return String.format(Locale.ROOT, """
				| One job | contacts examined | pairs found | seconds | contacts/s | first page of 20 pairs, ms |
				|---|---|---|---|---|---|
				| scan every contact for duplicates | %,d | %,d | %.1f | %,.0f | %.0f |
				""", done.path("processed").asLong(), page.path("totalCount").asLong(), seconds,
				done.path("processed").asLong() / seconds, pageMs);
	}

	/** Enrols about 10,000 contacts in 33 Touch as one job and times it, request to completion. */
	private String enrolment(int size) {
		String filter = size >= 1_000_000 ? "{tag: \"vip\"}" : "{group: \"Past Clients\"}";
		long start = System.nanoTime();
		String job = ok(BROKER, "mutation { enrollInTouchPlan(input: {planId: \"33-touch\", filter: " + filter + "}) { job { id } } }",
				Map.of()).at("enrollInTouchPlan.job.id").asString();
		var done = awaitJob(job);
		double seconds = (System.nanoTime() - start) / 1e9;
		return String.format(Locale.ROOT, """
				| One job | contacts enrolled | tasks written | seconds | contacts/s |
				|---|---|---|---|---|
				| enrol %s in 33 Touch | %,d | %,d | %.1f | %,.0f |
				""", filter, done.path("enrolled").asLong(), done.path("enrolled").asLong() * 33, seconds,
				done.path("enrolled").asLong() / seconds);
	}

	private tools.jackson.databind.JsonNode awaitJob(String id) {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(30).toNanos();
		while (System.nanoTime() < deadline) {
			var job = ok(BROKER, "query($j: ID!) { enrollmentJob(id: $j) { status enrolled message } }", args("j", id))
				.at("enrollmentJob");
			if (job.path("status").asString().equals("COMPLETED")) {
				return job;
			}
			assertThat(job.path("status").asString()).as(job.toString()).isNotEqualTo("FAILED");
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("enrolment job " + id + " did not finish in 30 minutes");
	}

	private List<LoadRunner.Operation> operations(BenchData.Shape data) {
		int n = data.contacts();
		List<LoadRunner.Operation> ops = new ArrayList<>();
		ops.add(LoadRunner.Operation.of("get contact", 16,
				new WrkRun.Request("query($id: ID!) { contact(id: $id) { id displayName emails { address } phones { number } } }",
						Map.of(), n, "\"displayName\""),
				(c, r) -> c.read("contact/by-ids", Map.of("ids", List.of("b" + r.nextInt(n))))));

		ops.add(LoadRunner.Operation.of("contact conversion (one contact: features read, scored)", 4,
				(c, r) -> c.graphql("query($id: ID!) { contact(id: $id) { conversion { probability suggestedLevel "
						+ "factors { name contribution } } } }", Map.of("id", "b" + r.nextInt(n))),
				(c, r) -> {
					LocalDate today = LocalDate.now();
					Map<String, Object> p = new HashMap<>();
					p.put("ids", List.of("b" + r.nextInt(n)));
					p.put("asOf", today.plusDays(1));
					p.put("asOfTime", today.plusDays(1).atStartOfDay(java.time.ZoneId.systemDefault()));
					p.put("until", today);
					c.read("conversion/features-of", p);
				}));

		// Each thread updates its own slice of contacts, so expectedVersion is always the current one.
		Map<String, Integer> versions = new ConcurrentHashMap<>();
		ops.add(LoadRunner.Operation.of("update contact (Cypher: one SET)", 16, (c, r) -> {
			String id = "b" + c.slice(r, n);
			var json = c.graphql("mutation($id: ID!, $v: Int!, $nick: String) { updateContact(input: {id: $id, "
					+ "expectedVersion: $v, nickname: $nick}) { contact { version } userErrors { code } } }",
					Map.of("id", id, "v", versions.getOrDefault(id, 1), "nick", "n" + r.nextInt(1000)),
					"updateContact.userErrors");
			versions.put(id, json.at("/data/updateContact/contact/version").asInt());
		}, (c, r) -> {
			String id = "b" + c.slice(r, n);
			versions.put(id, c.writeInt("MATCH (c:Contact {id: $id}) SET c.nickname = $nick, c.version = c.version + 1, "
					+ "c.updatedAt = datetime() RETURN c.version", Map.of("id", id, "nick", "n" + r.nextInt(1000))));
		}));

		AtomicLong created = new AtomicLong();
		ops.add(LoadRunner.Operation.of("create contact + record referral (GraphQL: 2 requests)", 16, (c, r) -> {
			String id = c.graphqlValue("mutation($first: String!) { createContact(input: {firstName: $first, lastName: \"Load\"}) "
					+ "{ contact { id } userErrors { code } } }", Map.of("first", "New" + created.incrementAndGet()),
					"createContact.contact.id");
			c.graphql("mutation($c: ID!, $r: ID!) { recordReferral(input: {contactId: $c, referrerId: $r}) { userErrors { code } } }",
					Map.of("c", id, "r", "b" + r.nextInt(n)), "recordReferral.userErrors");
		}, (c, r) -> c.write("""
				MATCH (p:Contact {id: $referrer})
				CREATE (c:Contact {id: randomUUID(), firstName: $first, lastName: 'Load', createdAt: datetime(), version: 1,
				                   lastTouchOn: date(), countedOn: date(), countedScoring: false})
				CREATE (c)-[:REFERRED_BY {id: randomUUID(), referredOn: date(), validFrom: date(), recordedAt: datetime()}]->(p)
				// Counted in today's touch count, last, as the service counts a new contact (see TouchDays):
				// a contact the counts miss would send today's gift plan to the slower index counts.
				WITH c
				MERGE (t:TouchDay {on: date()})
				  ON CREATE SET t.contacts = 0, t.scoring = 0
				SET t.contacts = t.contacts + 1""",
				Map.of("referrer", "b" + r.nextInt(n), "first", "Raw" + created.incrementAndGet()))));

		ops.addAll(listOperations(n));

		int top = data.top();
		int mid = data.withDescendants(8_000, 15_000);
		int small = data.withDescendants(20, 60);
		for (int subject : new int[] { small, mid, top }) {
			if (subject < 0) {
				continue;
			}
			String id = "b" + subject;
			Map<String, Object> params = new HashMap<>();
			params.put("rootId", id);
			params.put("maxDepth", 20);
			ops.add(LoadRunner.Operation.of(
					"descendants + per-level counts, subtree of " + String.format("%,d", data.descendants()[subject]), 16,
					(c, r) -> c.graphql("query($id: ID!) { referralStats(id: $id) { totalDescendants perLevel { depth count } } }",
							Map.of("id", id)),
					(c, r) -> c.read("referral/stats-now", params)));
		}
		String topId = "b" + top;
		ops.add(LoadRunner.Operation.of("tree page of 100 under the top referrer", 16,
				new WrkRun.Request("query($id: ID!) { referralTree(rootId: $id, first: 100) { totalCount edges { node { depth "
						+ "parentId contact { id displayName } } } } }", Map.of("id", topId), 0, "\"totalCount\""),
				(c, r) -> c.treePage(topId, false)));
		// The same page asking for phones and e-mails: what reading only the contacts' own properties saves.
		ops.add(LoadRunner.Operation.of("tree page of 100, with phones and e-mails", 16,
				(c, r) -> c.graphql("query($id: ID!) { referralTree(rootId: $id, first: 100) { totalCount edges { node { depth "
						+ "parentId contact { id displayName phones { number } emails { address } } } } } }",
						Map.of("id", topId)),
				(c, r) -> c.treePage(topId, true)));
		for (String by : List.of("COUNT", "VALUE")) {
			Map<String, Object> board = new HashMap<>();
			board.put("from", null);
			board.put("to", null);
			board.put("by", by);
			board.put("asOf", null);
			board.put("limit", 10);
			String query = by.equals("COUNT") ? "referral/top-descendants-now" : "referral/top-values-now";
			ops.add(LoadRunner.Operation.of("leaderboard, top 10 of all time by " + by.toLowerCase(Locale.ROOT), 4,
					(c, r) -> c.graphql("query($by: LeaderboardMetric!) { topReferrers(first: 10, by: $by) { rank referrals "
							+ "value party { ... on Contact { id displayName } ... on Agent { id name } } } }", Map.of("by", by)),
					(c, r) -> c.read(query, board)));
		}
		Map<String, Object> quarter = new HashMap<>();
		quarter.put("from", LocalDate.of(2026, 1, 1));
		quarter.put("to", LocalDate.of(2026, 3, 31));
		quarter.put("by", "COUNT");
		quarter.put("asOf", null);
		quarter.put("limit", 10);
		ops.add(LoadRunner.Operation.of("leaderboard, top 10 by referrals made in one quarter", 4,
				(c, r) -> c.graphql("{ topReferrers(first: 10, from: \"2026-01-01\", to: \"2026-03-31\") { rank referrals "
						+ "party { ... on Contact { id displayName } ... on Agent { id name } } } }", Map.of()),
				(c, r) -> c.read("referral/top-referrers-now", quarter)));
		int deepest = data.deepest();
		ops.add(LoadRunner.Operation.of("ancestry of the deepest leaf (depth " + data.depth()[deepest] + ")", 16,
				new WrkRun.Request("query($id: ID!) { contact(id: $id) { ancestry { ... on Contact { id } } } }",
						Map.of("id", "b" + deepest), 0, "\"ancestry\""),
				(c, r) -> c.read("referral/ancestry", Map.of("contactIds", List.of("b" + deepest), "withParties", true))));
		Map<String, Object> window = Map.of("from", LocalDate.of(2024, 7, 1), "to", LocalDate.of(2026, 6, 30), "kinds",
				List.of("LEAD", "CHAIN"), "perDay", false);
		ops.add(LoadRunner.Operation.of("channel ROI, 8 quarters by outlet and quarter, REFERRAL_CHAIN", 4,
				(c, r) -> c.graphql("{ channelRoi(from: \"2024-07-01\", to: \"2026-06-30\", groupBy: [OUTLET, QUARTER], "
						+ "attribution: REFERRAL_CHAIN, decay: 0.5) { rows { spend revenue roi } totals { revenue } } }", Map.of()),
				(c, r) -> {
					c.read("marketing/roi-spend", window);
					c.read("marketing/roi-days", window);
				}));
		// Today's plan ranks from maintained facts; the Cypher baseline is the reads it makes, with the
		// two index batches a $5,000 plan needs here. A plan for another day reads every contact.
		String giftPlan = "{ giftPlan(input: {budget: \"5000.00\"%s}) { recipientCount totalAllocated "
				+ "tierSummary { recipients } rows(first: 20) { edges { node { score amount recipient { displayName } } } } "
				+ "excluded(first: 10) { totalCount } } }";
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		Map<String, Object> counts = Map.of("cutoff", today.minusMonths(24), "includeInactive", false);
		ops.add(LoadRunner.Operation.of("gift plan for today over all clients, $5,000 (Cypher: the reads it makes)", 4,
				(c, r) -> c.graphql(String.format(giftPlan, ""), Map.of()),
				(c, r) -> {
					c.read("gift/today-counts", counts);
					c.read("gift/today-set-aside", Map.of());
					c.read("gift/today-partners", Map.of());
					c.read("gift/today-households", Map.of("asOf", today));
					for (int skip : new int[] { 0, 256 }) {
						Map<String, Object> batch = Map.of("skip", skip, "limit", skip * 3 + 256, "touchedSince",
								today.minusMonths(24));
						c.read("gift/today-top-by-descendants", batch);
						c.read("gift/today-top-by-value", batch);
					}
				}));
		Map<String, Object> yesterday = Map.of("asOf", today.minusDays(1));
		ops.add(LoadRunner.Operation.of("gift plan as of yesterday, every contact read (Cypher: its two reads)", 1,
				(c, r) -> c.graphql(String.format(giftPlan, ", asOf: \"" + today.minusDays(1) + "\""), Map.of()),
				(c, r) -> {
					c.read("gift/contacts", yesterday);
					c.read("gift/closed-deals", yesterday);
				}));
		return ops;
	}

}
