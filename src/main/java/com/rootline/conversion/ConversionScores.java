package com.rootline.conversion;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.rootline.api.TimeZones;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A contact's chance of converting: from the newest used model, or, while there is none, from the
 * rule (A when contacted within 30 days, B within 90, C otherwise). Scoring jobs store each
 * contact's suggestion; a read takes the stored one while it is fresh (scored within
 * {@code rootline.conversion.rescore-every} on the current basis) and computes the rest as of today.
 * The agent's own level is never changed here.
 */
@Component
class ConversionScores {

	enum Basis {

		MODEL, RULE

	}

	record Conversion(Double probability, String suggestedLevel, Basis basis, List<ConversionModel.Factor> factors,
			String modelVersion, Instant computedAt) {
	}

	/** A contact's suggestion as stored, before it is known whether it is still current. */
	private record Stored(String id, Double probability, String level, Basis basis, String modelVersion,
			Instant scoredAt, List<Double> values, List<Double> contributions) {
	}

	private record StoredRead(String usedVersion, List<Stored> stored) {
	}

	private final ConversionModels models;

	private final ConversionSettings settings;

	private final TimeZones zones;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	ConversionScores(ConversionModels models, ConversionSettings settings, TimeZones zones, Neo4jClient neo4j,
			CypherQueries queries) {
		this.models = models;
		this.settings = settings;
		this.zones = zones;
		this.neo4j = neo4j;
		this.queries = queries;
	}

	/**
	 * The contacts' conversions, in one read when their stored suggestions are current (the model
	 * in use comes with them, and its coefficients from memory once read), else one more for the
	 * observations of the others.
	 */
	Map<String, Conversion> of(List<String> contactIds) {
		StoredRead read = stored(contactIds);
		String version = read.usedVersion();
		Optional<ConversionModel> model = version == null ? Optional.empty() : models.byVersion(version);
		Map<String, Conversion> result = new HashMap<>();
		for (Stored s : read.stored()) {
			if (Objects.equals(s.modelVersion(), version) && (s.basis() == Basis.MODEL) == model.isPresent()) {
				result.put(s.id(), new Conversion(s.probability(), s.level(), s.basis(),
						model.map(m -> factors(m, s)).orElse(List.of()), s.modelVersion(), s.scoredAt()));
			}
		}
		List<String> rest = contactIds.stream().filter(id -> !result.containsKey(id)).toList();
		if (!rest.isEmpty()) {
			result.putAll(score(rest, model));
		}
		return result;
	}

	/** The contacts' conversions computed now, as of today, with the given model (or the rule). */
	Map<String, Conversion> score(List<String> contactIds, Optional<ConversionModel> model) {
		LocalDate today = LocalDate.now(zones.deployment());
		Instant now = models.now();
		Map<String, Conversion> result = new HashMap<>();
		// "Today" reads the interactions up to tomorrow's start, so today's call counts.
		for (Observation o : models.observations(contactIds, today.plusDays(1), today)) {
			result.put(o.contactId(), model.map(m -> {
				List<ConversionModel.Factor> factors = m.factors(o);
				double p = m.probability(factors);
				return new Conversion(p, settings.level(p), Basis.MODEL, factors, m.version(), now);
			}).orElseGet(() -> new Conversion(null, switch (o.ruleScore()) {
				case 2 -> "A";
				case 1 -> "B";
				default -> "C";
			}, Basis.RULE, List.of(), null, now)));
		}
		return result;
	}

	/** Stores the conversions as the contacts' suggestions, in the caller's transaction. */
	void store(Map<String, Conversion> conversions, Instant now) {
		List<ScoreRow> rows = new ArrayList<>();
		conversions.forEach((id, c) -> rows.add(new ScoreRow(id, c.probability(), c.suggestedLevel(), c.basis(),
				c.modelVersion(), c.factors().stream().map(ConversionModel.Factor::value).toList(),
				c.factors().stream().map(ConversionModel.Factor::contribution).toList())));
		neo4j.query(queries.get("conversion/store-scores"))
			.bindAll(Statements.parameters(new Scores(rows, now.atOffset(ZoneOffset.UTC))))
			.run();
	}

	/** The version of the model in use (null: the rule) and the contacts' current stored suggestions, in one read. */
	private StoredRead stored(List<String> contactIds) {
		Instant since = models.now().minus(settings.rescoreEvery());
		return neo4j.query(queries.get("conversion/stored-scores"))
			.bindAll(Statements.parameters(new Since(contactIds, since.atOffset(ZoneOffset.UTC))))
			.fetchAs(StoredRead.class)
			.mappedBy((t, r) -> new StoredRead(r.get("usedVersion").asString(null),
					r.get("stored").asList(ConversionScores::stored)))
			.one()
			.orElseThrow();
	}

	private static Stored stored(Value v) {
		return new Stored(v.get("id").asString(), v.get("probability").isNull() ? null : v.get("probability").asDouble(),
				v.get("level").asString(), Basis.valueOf(v.get("basis").asString()), v.get("modelVersion").asString(null),
				v.get("scoredAt").asZonedDateTime().toInstant(), v.get("values").asList(Value::asDouble),
				v.get("contributions").asList(Value::asDouble));
	}

	private static List<ConversionModel.Factor> factors(ConversionModel model, Stored s) {
		List<ConversionModel.Factor> factors = new ArrayList<>();
		for (int i = 0; i < Math.min(model.features().size(), s.values().size()); i++) {
			factors.add(new ConversionModel.Factor(model.features().get(i), s.values().get(i), s.contributions().get(i)));
		}
		return factors;
	}

	/** A contact's score as stored: probability, suggested level, basis, and each factor's value and share. */
	private record ScoreRow(String id, Double probability, String level, Basis basis, String modelVersion,
			List<Double> values, List<Double> contributions) {
	}

	private record Scores(List<ScoreRow> scores, OffsetDateTime now) {
	}

	private record Since(List<String> ids, OffsetDateTime since) {
	}

}
