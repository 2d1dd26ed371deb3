package com.rootline.conversion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

import com.rootline.api.TimeZones;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trains conversion models on the graph's history and keeps them: every training is stored, used or
 * not, and the newest used one scores contacts. Also reads contacts' observations for scoring.
 */
@Component
class ConversionModels {

	static final int MAX_HORIZON_MONTHS = 36;

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TimeZones zones;

	private final ConversionSettings settings;

	private final Clock clock;

	private final Map<String, ConversionModel> byVersion = new ConcurrentHashMap<>();

	ConversionModels(Neo4jClient neo4j, CypherQueries queries, TimeZones zones, ConversionSettings settings) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.zones = zones;
		this.settings = settings;
		this.clock = Clock.systemUTC();
	}

	record TrainInput(LocalDate cutoff, Integer horizonMonths) {
	}

	/**
	 * Fits on the contacts known a horizon before the cutoff, labelled by whether a deal of theirs
	 * closed in the horizon up to the cutoff, and stores the model.
	 * @throws UserErrorsException OUT_OF_RANGE for a horizon outside 1 to 36 months or a cutoff in the
	 *     future, NO_HISTORY when no contact was known at the start of the horizon; nothing is stored
	 */
	@Transactional
	ConversionModel train(TrainInput input, String trainedBy) {
		check(input);
		LocalDate today = LocalDate.now(clock.withZone(zones.deployment()));
		LocalDate cutoff = input.cutoff() == null ? today : input.cutoff();
		int horizon = input.horizonMonths() == null ? settings.horizonMonths() : input.horizonMonths();
		LocalDate start = cutoff.minusMonths(horizon);
		List<Observation> history = observations(null, start, cutoff);
		if (history.isEmpty()) {
			throw new UserErrorsException(List.of(UserError.of(UserErrorCode.NO_HISTORY,
					"no contact was known on " + start + " (the cutoff less the horizon): there is nothing to learn from",
					"cutoff")));
		}
		ConversionModel model = ConversionTrainer.train(history, cutoff, horizon, cutoff.toEpochDay());
		store(model, trainedBy);
		return model;
	}

	/**
	 * Refuses a horizon out of range or a cutoff after today, before any work.
	 * @throws UserErrorsException OUT_OF_RANGE naming horizonMonths or cutoff
	 */
	void check(TrainInput input) {
		LocalDate today = LocalDate.now(clock.withZone(zones.deployment()));
		List<UserError> errors = new ArrayList<>();
		if (input.horizonMonths() != null && (input.horizonMonths() < 1 || input.horizonMonths() > MAX_HORIZON_MONTHS)) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "a horizon is 1 to " + MAX_HORIZON_MONTHS + " months", "horizonMonths"));
		}
		if (input.cutoff() != null && input.cutoff().isAfter(today)) {
			errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "the cutoff cannot be after today (" + today + ")", "cutoff"));
		}
		if (!errors.isEmpty()) {
			throw new UserErrorsException(errors);
		}
	}

	/**
	 * A stored model by version. A version's model never changes once stored, so it is read once
	 * per instance and kept: another instance reads its own, nothing is missed.
	 */
	Optional<ConversionModel> byVersion(String version) {
		ConversionModel known = byVersion.get(version);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<ConversionModel> read = neo4j.query(queries.get("conversion/model"))
			.bind(version)
			.to("version")
			.fetchAs(ConversionModel.class)
			.mappedBy((types, r) -> model(r.get("model")))
			.one();
		read.ifPresent(m -> byVersion.put(version, m));
		return read;
	}

	/** The newest stored model, or the newest used one. */
	Optional<ConversionModel> newest(boolean usedOnly) {
		return neo4j.query(queries.get("conversion/models"))
			.bind(usedOnly)
			.to("usedOnly")
			.fetchAs(ConversionModel.class)
			.mappedBy((types, r) -> model(r.get("model")))
			.one();
	}

	/**
	 * The contacts' observations as of {@code asOf} (interactions before it), with whether each
	 * converted by {@code until}; all contacts known by then when {@code ids} is null. In id order,
	 * sorted here: sorting a million rows in the statement passed the database's transaction memory
	 * limit, which streaming them does not.
	 */
	List<Observation> observations(List<String> ids, LocalDate asOf, LocalDate until) {
		ZoneId zone = zones.deployment();
		Observed observed = new Observed(ids, asOf, ZonedDateTime.of(asOf.atStartOfDay(), zone), until);
		return List.copyOf(neo4j.query(queries.get(ids == null ? "conversion/features" : "conversion/features-of"))
			.bindAll(Statements.parameters(observed))
			.fetchAs(Observation.class)
			.mappedBy((types, r) -> new Observation(r.get("id").asString(),
					new Observation.Touches(r.get("touches30").asInt(), r.get("touches90").asInt(), r.get("touches365").asInt(),
							r.get("daysSinceContact").isNull() ? null : r.get("daysSinceContact").asInt()),
					new Observation.Engagement(r.get("inbound365").asInt(), r.get("meetings365").asInt(),
							r.get("opens365").asInt(), r.get("clicks365").asInt()),
					new Observation.Source(r.get("origin").asString(), r.get("referredByConverted").asBoolean(),
							r.get("depth").asInt(), r.get("below").asLong()),
					r.get("converted").asBoolean()))
			.all()
			.stream()
			.sorted(java.util.Comparator.comparing(Observation::contactId))
			.toList());
	}

	/** Which contacts (all when {@code ids} is null), observed as of a day, converted by another. */
	private record Observed(List<String> ids, LocalDate asOf, ZonedDateTime asOfTime, LocalDate until) {
	}

	private void store(ConversionModel m, String trainedBy) {
		ConversionModel.Evaluation e = m.evaluation();
		List<String> originKeys = new ArrayList<>(m.originRates().keySet());
		Fit fit = new Fit(m.features(), m.means(), m.deviations(), m.weights(), m.bias());
		Origins origins = new Origins(originKeys, originKeys.stream().map(m.originRates()::get).toList(), m.priorRate());
		Evaluated evaluated = new Evaluated(e.examples(), e.positives(), e.heldOut(), e.heldOutPositives(), e.auc(),
				e.baselineAuc(), e.calibrationError());
		Calibration calibration = new Calibration(e.calibration().stream().map(ConversionModel.Bin::from).toList(),
				e.calibration().stream().map(ConversionModel.Bin::contacts).toList(),
				e.calibration().stream().map(ConversionModel.Bin::meanPredicted).toList(),
				e.calibration().stream().map(ConversionModel.Bin::observedRate).toList());
		neo4j.query(queries.get("conversion/store-model"))
			.bindAll(Statements.parameters(new StoredModel(m.version(), m.trainedAt().atZone(ZoneId.of("UTC")), m.cutoff(),
					m.horizonMonths(), fit, origins, evaluated, calibration, m.used(), m.verdict(), trainedBy)))
			.run();
	}

	/** A model as its node keeps it (conversion/store-model), in the parts below. */
	private record StoredModel(String version, ZonedDateTime trainedAt, LocalDate cutoff, int horizonMonths, Fit fit,
			Origins origins, Evaluated evaluated, Calibration calibration, boolean used, String verdict,
			String trainedBy) {
	}

	/** The fitted logistic regression: features in the order of their weights, and their scaling. */
	private record Fit(List<String> features, double[] means, double[] deviations, double[] weights, double bias)
			implements Statements.Inline {
	}

	/** The conversion rate of each lead source, as parallel lists, and the rate of an unknown one. */
	private record Origins(List<String> originKeys, List<Double> originRates, double priorRate)
			implements Statements.Inline {
	}

	/** How the model did on the contacts held out. */
	private record Evaluated(int examples, int positives, int heldOut, int heldOutPositives, double auc,
			double baselineAuc, double calibrationError) implements Statements.Inline {
	}

	/** The calibration bins as parallel lists: from, contacts, mean predicted, observed rate. */
	private record Calibration(List<Double> binFrom, List<Integer> binContacts, List<Double> binPredicted,
			List<Double> binObserved) implements Statements.Inline {
	}

	private static ConversionModel model(Value v) {
		List<String> keys = v.get("originKeys").asList(Value::asString);
		List<Double> rates = v.get("originRates").asList(Value::asDouble);
		Map<String, Double> originRates = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			originRates.put(keys.get(i), rates.get(i));
		}
		List<Double> from = v.get("binFrom").asList(Value::asDouble);
		List<Integer> contacts = v.get("binContacts").asList(Value::asInt);
		List<Double> predicted = v.get("binPredicted").asList(Value::asDouble);
		List<Double> observed = v.get("binObserved").asList(Value::asDouble);
		List<ConversionModel.Bin> bins = new ArrayList<>();
		for (int i = 0; i < from.size(); i++) {
			bins.add(new ConversionModel.Bin(from.get(i), from.get(i) + 0.1, contacts.get(i), predicted.get(i),
					observed.get(i)));
		}
		ConversionModel.Evaluation evaluation = new ConversionModel.Evaluation(v.get("examples").asInt(),
				v.get("positives").asInt(), v.get("heldOut").asInt(), v.get("heldOutPositives").asInt(),
				v.get("auc").asDouble(), v.get("baselineAuc").asDouble(), v.get("calibrationError").asDouble(), bins);
		return new ConversionModel(v.get("version").asString(), v.get("trainedAt").asZonedDateTime().toInstant(),
				v.get("cutoff").asLocalDate(), v.get("horizonMonths").asInt(), v.get("features").asList(Value::asString),
				doubles(v.get("means")), doubles(v.get("deviations")), doubles(v.get("weights")), v.get("bias").asDouble(),
				originRates, v.get("priorRate").asDouble(), evaluation, v.get("used").asBoolean(), v.get("verdict").asString());
	}

	private static double[] doubles(Value list) {
		return list.asList(Value::asDouble).stream().mapToDouble(Double::doubleValue).toArray();
	}

	Instant now() {
		return clock.instant();
	}

}
