package com.rootline.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.rootline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Training through the API on histories written to the graph, and the conversion of contacts read
 * in one page: no history is refused with nothing stored; too little history is stored, not used,
 * and the rule suggests; a history with signal gives a used model whose probabilities rank a
 * contact who calls and writes back above one who went quiet.
 */
class ConversionApiTest extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	ScoringJobs scoring;

	private static final String TRAIN = """
			mutation($h: Int) { trainConversionModel(input: {horizonMonths: $h}) {
			  model { version used verdict evaluation { examples positives heldOut auc baselineAuc calibrationError
			    calibration { contacts } } weights { feature weight } }
			  userErrors { field code message } } }""";

	private static final String CONVERSIONS = """
			{ contacts(first: 3, filter: {search: "Probe"}) { edges { node { firstName
			  conversion { probability suggestedLevel basis modelVersion computedAt factors { name value contribution } } } } } }""";

	@Test
	void noHistoryIsRefusedAndNothingIsStored() {
		JsonNode payload = ok(BROKER, TRAIN, args("h", 12)).at("trainConversionModel");
		assertThat(payload.at("/userErrors/0/code").asString()).isEqualTo("NO_HISTORY");
		assertThat(payload.at("/userErrors/0/field/1").asString()).isEqualTo("cutoff");
		assertThat(ok(VIEWER, "{ conversionModel { version } }", Map.of()).at("conversionModel").isNull()).isTrue();
		JsonNode bad = ok(BROKER, TRAIN, args("h", 37)).at("trainConversionModel.userErrors");
		assertThat(bad.get(0).path("code").asString()).isEqualTo("OUT_OF_RANGE");
		assertThat(gql(AGENT, TRAIN, args("h", 12)).errorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void tooLittleHistoryKeepsTheRule() {
		write(history(40, 1, false));
		probes();
		JsonNode model = ok(BROKER, TRAIN, args("h", 12)).at("trainConversionModel.model");
		assertThat(model.path("used").asBoolean()).isFalse();
		assertThat(model.path("verdict").asString()).startsWith("Too little history: 0 converted contacts");
		List<String> seen = new ArrayList<>();
		ok(VIEWER, CONVERSIONS, Map.of()).at("contacts.edges").forEach(e -> seen.add(e.at("/node/firstName").asString()
				+ " " + e.at("/node/conversion/suggestedLevel").asString() + " " + e.at("/node/conversion/basis").asString()
				+ " " + e.at("/node/conversion/probability").isNull()));
		assertThat(seen).containsExactly("ProbeCold C RULE true", "ProbeHot A RULE true");
	}

	@Test
	void aHistoryWithSignalGivesAUsedModelThatExplainsItself() {
		write(history(1500, 7, true));
		probes();
		JsonNode model = ok(BROKER, TRAIN, args("h", 12)).at("trainConversionModel.model");
		assertThat(model.path("used").asBoolean()).as(model.path("verdict").asString()).isTrue();
		JsonNode e = model.path("evaluation");
		assertThat(e.path("auc").asDouble()).isGreaterThan(e.path("baselineAuc").asDouble());
		assertThat(e.path("heldOut").asInt() + e.path("examples").asInt()).isEqualTo(1500);
		assertThat(ok(VIEWER, "{ conversionModel { version used } }", Map.of()).at("conversionModel.version").asString())
			.isEqualTo(model.path("version").asString());
		Map<String, JsonNode> byName = new HashMap<>();
		ok(VIEWER, CONVERSIONS, Map.of()).at("contacts.edges")
			.forEach(n -> byName.put(n.at("/node/firstName").asString(), n.at("/node/conversion")));
		JsonNode hot = byName.get("ProbeHot");
		JsonNode cold = byName.get("ProbeCold");
		assertThat(hot.path("basis").asString()).isEqualTo("MODEL");
		assertThat(hot.path("modelVersion").asString()).isEqualTo(model.path("version").asString());
		assertThat(hot.path("probability").asDouble()).isGreaterThan(cold.path("probability").asDouble());
		assertThat(hot.path("factors")).hasSize(12);
		JsonNode touches = hot.path("factors").get(0);
		assertThat(touches.path("name").asString()).isEqualTo("touches in 30 days");
		assertThat(touches.path("value").asDouble()).isEqualTo(3.0);
		assertThat(touches.path("contribution").asDouble()).isPositive();
		assertThat(List.of(hot.path("factors").get(10).path("name").asString(), hot.path("factors").get(10).path("value").asDouble()))
			.as("its e-mail opens of the last year").containsExactly("e-mails opened in a year", 1.0);

		// A used model has everyone scored again; the stored suggestions then answer, unchanged.
		JsonNode job = awaitScoring();
		assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(List.of(job.path("processed").asInt(), job.path("basis").asString(), job.path("modelVersion").asString()))
			.containsExactly(1502, "MODEL", model.path("version").asString());
		assertThat(count("MATCH (c:Contact) WHERE c.conversionModelVersion = $v RETURN count(c)",
				Map.of("v", model.path("version").asString()))).isEqualTo(1502);
		Map<String, JsonNode> stored = new HashMap<>();
		ok(VIEWER, CONVERSIONS, Map.of()).at("contacts.edges")
			.forEach(n -> stored.put(n.at("/node/firstName").asString(), n.at("/node/conversion")));
		for (String probe : List.of("ProbeHot", "ProbeCold")) {
			JsonNode live = byName.get(probe);
			JsonNode read = stored.get(probe);
			assertThat(read.path("computedAt").asString()).as("read from the store").isNotEqualTo(live.path("computedAt").asString());
			((tools.jackson.databind.node.ObjectNode) live).remove("computedAt");
			((tools.jackson.databind.node.ObjectNode) read).remove("computedAt");
			assertThat(read).as(probe).isEqualTo(live);
		}
	}

	@Test
	void theScheduledRetrainingTrainsOnTheNewestHistoryThenScoresEveryone() {
		write(history(1500, 7, true));
		probes();
		scoring.queueScheduled();
		scoring.drain();
		JsonNode job = awaitScoring();
		JsonNode model = ok(VIEWER, "{ conversionModel { version used } }", Map.of()).at("conversionModel");
		assertThat(model.path("used").asBoolean()).isTrue();
		assertThat(List.of(job.path("status").asString(), job.path("processed").asInt(), job.path("basis").asString(),
				job.path("modelVersion").asString())).containsExactly("COMPLETED", 1502, "MODEL", model.path("version").asString());
		assertThat(count("MATCH (m:ConversionModel {trainedBy: 'schedule'}) RETURN count(m)")).isOne();
	}

	@Test
	void trainingInTheBackgroundIsAJobThatTrainsWithTheInputThenScoresEveryone() {
		String background = "mutation($h: Int) { trainConversionModel(input: {horizonMonths: $h, background: true}) { "
				+ "model { version } job { id train status } userErrors { field code } } }";
		JsonNode refused = ok(BROKER, background, args("h", 37)).at("trainConversionModel");
		assertThat(refused.at("/userErrors/0/code").asString() + " " + refused.at("/userErrors/0/field/1").asString())
			.isEqualTo("OUT_OF_RANGE horizonMonths");
		assertThat(refused.path("job").isNull()).isTrue();
		assertThat(count("MATCH (j:ConversionScoringJob) RETURN count(j)")).as("nothing queued").isZero();

		write(history(1500, 7, true));
		probes();
		JsonNode queued = ok(BROKER, background, args("h", 12)).at("trainConversionModel");
		assertThat(queued.path("model").isNull()).as("not trained in the request").isTrue();
		assertThat(queued.at("/job/train").asBoolean()).isTrue();
		scoring.runQueued();
		JsonNode job = awaitScoring();
		JsonNode trained = ok(VIEWER, "query($id: ID) { conversionScoringJob(id: $id) { trainedVersion message } }",
				args("id", queued.at("/job/id").asString())).at("conversionScoringJob");
		JsonNode model = ok(VIEWER, "{ conversionModel { version used horizonMonths } }", Map.of()).at("conversionModel");
		assertThat(trained.path("trainedVersion").asString()).as(trained.path("message").asString())
			.isEqualTo(model.path("version").asString());
		assertThat(List.of(model.path("used").asBoolean(), model.path("horizonMonths").asInt())).containsExactly(true, 12);
		assertThat(List.of(job.path("status").asString(), job.path("processed").asInt(), job.path("basis").asString()))
			.containsExactly("COMPLETED", 1502, "MODEL");
		assertThat(count("MATCH (m:ConversionModel) WHERE m.trainedBy <> 'schedule' RETURN count(m)"))
			.as("trained for the broker who asked").isOne();
	}

	private JsonNode awaitScoring() {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (true) {
			JsonNode job = ok(VIEWER, "{ conversionScoringJob { status processed total basis modelVersion } }", Map.of())
				.at("conversionScoringJob");
			if (!job.isNull() && job.path("status").asString().matches("COMPLETED|FAILED")) {
				return job;
			}
			assertThat(System.nanoTime()).as("scoring still %s", job).isLessThan(deadline);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * Contacts added two years ago with calls before the start of the last twelve months; with
	 * signal, the more calls in the 30 days before that start and the more of them inbound, the likelier a
	 * deal of theirs closed within the twelve months.
	 */
	private static List<Map<String, Object>> history(int contacts, long seed, boolean signal) {
		Random random = new Random(seed);
		LocalDate start = LocalDate.now(ZoneOffset.UTC).minusMonths(12);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < contacts; i++) {
			int recent = random.nextInt(4);
			int inbound = random.nextInt(3);
			List<String> calls = new ArrayList<>();
			for (int k = 0; k < recent; k++) {
				calls.add(start.minusDays(1 + random.nextInt(28)) + "T15:00:00Z");
			}
			for (int k = 0; k < 2; k++) {
				calls.add(start.minusDays(100 + random.nextInt(200)) + "T15:00:00Z");
			}
			double p = signal ? 1 / (1 + Math.exp(-(-3 + 1.1 * recent + 0.8 * inbound))) : 0;
			Map<String, Object> row = new HashMap<>();
			row.put("id", "h" + i);
			row.put("calls", calls);
			row.put("inbound", inbound);
			row.put("closedOn", random.nextDouble() < p ? start.plusDays(30 + random.nextInt(300)).toString() : null);
			rows.add(row);
		}
		return rows;
	}

	private void write(List<Map<String, Object>> rows) {
		try (var session = driver.session()) {
			session.run("""
					UNWIND $rows AS row
					CREATE (c:Contact {id: row.id, firstName: 'H' + row.id, displayName: 'H' + row.id,
					        nameKey: 'h' + row.id, createdAt: datetime() - duration({years: 2}), version: 0, active: false})
					WITH c, row
					CALL (c, row) {
					  UNWIND range(0, size(row.calls) - 1) AS k
					  CREATE (c)-[:HAD]->(:Interaction {id: randomUUID(), contactId: c.id, kind: 'CALL',
					          direction: CASE WHEN k < row.inbound THEN 'INBOUND' ELSE 'OUTBOUND' END,
					          occurredAt: datetime(row.calls[k]), summary: 'call'})
					}
					WITH c, row WHERE row.closedOn IS NOT NULL
					CREATE (c)-[:PARTY_TO]->(:Deal {id: 'd' + row.id, stage: 'CLOSED', closedOn: date(row.closedOn),
					        revenueMinor: 100000, createdAt: datetime() - duration({months: 13})})""", Map.of("rows", rows))
				.consume();
		}
	}

	/** Two contacts of today: one called three times this month, writing back and opening e-mail, one never touched. */
	private void probes() {
		String hot = ok(AGENT, "mutation { createContact(input: {firstName: \"ProbeHot\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		ok(AGENT, "mutation { createContact(input: {firstName: \"ProbeCold\"}) { contact { id } } }", Map.of());
		// E-mails it opened, as the open pixel records them (mail/EngagementTest): one this month, one two years ago.
		try (var session = driver.session()) {
			session.run("MATCH (c:Contact {id: $id}) SET c.emailOpens = [datetime() - duration('P3D'), datetime() - duration('P2Y')]",
					Map.of("id", hot)).consume();
		}
		for (String direction : List.of("INBOUND", "INBOUND", "OUTBOUND")) {
			ok(AGENT, "mutation($c: ID!, $d: Direction) { logInteraction(input: {contactId: $c, kind: CALL, direction: $d, summary: \"call\"}) { userErrors { code } } }",
					args("c", hot, "d", direction));
		}
	}

}
