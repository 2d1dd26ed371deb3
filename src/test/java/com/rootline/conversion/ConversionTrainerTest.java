package com.rootline.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Histories whose true conversion probabilities are known: the generator draws each contact's
 * signals, computes its probability from a fixed logistic rule, and draws the outcome. The trained
 * model must recover the signal (held-out AUC at least 0.80 and above the rule's), say how well it
 * is calibrated, and give the factors the generator's signs; a history without signal must give a
 * model that is stored but not used. No server: the trainer is pure computation.
 */
class ConversionTrainerTest {

	private static final LocalDate CUTOFF = LocalDate.of(2026, 6, 30);

	/** The generator's log-odds: what the model should find. */
	static double trueLogit(Observation o) {
		double origin = switch (o.source().origin()) {
			case "OUTLET:radio" -> 1.2;
			case "OUTLET:print" -> -0.6;
			case "PARTNER" -> 0.5;
			default -> 0;
		};
		return -3.0 + 0.8 * o.touches().in30() + 0.5 * o.engagement().inbound() + 1.5 * (o.source().referredByConverted() ? 1 : 0)
				+ origin - 0.004 * o.daysSinceContactOrNever() + 0.3 * o.engagement().meetings()
				+ 0.4 * o.engagement().emailsOpened() + 0.6 * o.engagement().emailsClicked();
	}

	static List<Observation> history(long seed, int contacts, boolean signal) {
		Random random = new Random(seed);
		String[] origins = { "OUTLET:radio", "OUTLET:print", "CONTACT", "PARTNER", "NONE" };
		List<Observation> rows = new ArrayList<>();
		for (int i = 0; i < contacts; i++) {
			int t30 = random.nextInt(4);
			int t90 = t30 + random.nextInt(4);
			int t365 = t90 + random.nextInt(8);
			Integer days = random.nextInt(10) == 0 ? null
					: t30 > 0 ? random.nextInt(30) : t90 > 0 ? 30 + random.nextInt(60) : 90 + random.nextInt(640);
			String origin = origins[random.nextInt(origins.length)];
			boolean byConverted = origin.equals("CONTACT") && random.nextBoolean();
			int opened = random.nextInt(4);
			Observation o = new Observation("c-" + seed + "-" + i, new Observation.Touches(t30, t90, t365, days),
					new Observation.Engagement(random.nextInt(4), random.nextInt(3), opened, random.nextInt(opened + 1)),
					new Observation.Source(origin, byConverted,
							origin.equals("CONTACT") ? 1 + random.nextInt(4) : origin.startsWith("OUTLET") ? 1 : 0,
							random.nextInt(50)),
					false);
			double p = signal ? 1 / (1 + Math.exp(-trueLogit(o))) : 0.15;
			rows.add(o.withConverted(random.nextDouble() < p));
		}
		return rows;
	}

	@ParameterizedTest
	@ValueSource(longs = { 7, 2026 })
	void recoversTheSignalAndItsSigns(long seed) {
		ConversionModel model = ConversionTrainer.train(history(seed, 6000, true), CUTOFF, 12, seed);
		ConversionModel.Evaluation e = model.evaluation();
		System.out.printf("seed %d: held-out AUC %.3f, rule %.3f, calibration error %.3f, %d of %d converted%n", seed,
				e.auc(), e.baselineAuc(), e.calibrationError(), e.positives(), e.examples());
		assertThat(model.used()).as(model.verdict()).isTrue();
		assertThat(e.auc()).as("held-out AUC").isGreaterThanOrEqualTo(0.80).isGreaterThan(e.baselineAuc() + 0.02);
		assertThat(e.heldOut()).isBetween(1000, 1400);
		assertThat(e.calibrationError()).as("expected calibration error, reported").isBetween(0.0, 0.10);
		assertThat(e.calibration()).isNotEmpty().allSatisfy(b -> assertThat(b.contacts()).isPositive());
		Map<String, Double> w = weights(model);
		assertThat(w.get("touches in 30 days")).isPositive();
		assertThat(w.get("inbound contacts in a year")).isPositive();
		assertThat(w.get("meetings in a year")).isPositive();
		assertThat(w.get("referred by a client who converted")).isPositive();
		assertThat(w.get("lead-source quality")).isPositive();
		assertThat(w.get("days since the last touch")).isNegative();
		assertThat(w.get("e-mails opened in a year")).isPositive();
		assertThat(w.get("e-mails clicked in a year")).isPositive();
		assertThat(model.originRates().get("OUTLET:radio")).isGreaterThan(model.originRates().get("OUTLET:print"));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void aHistoryWithoutSignalGivesAModelThatIsNotUsed(long seed) {
		ConversionModel model = ConversionTrainer.train(history(seed, 6000, false), CUTOFF, 12, seed);
		System.out.printf("no signal, seed %d: %s%n", seed, model.verdict());
		assertThat(model.used()).as(model.verdict()).isFalse();
		assertThat(model.verdict()).startsWith("Stored, not used");
		assertThat(model.evaluation().auc()).isBetween(0.40, 0.60);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 29 })
	void tooLittleHistoryLeavesTheRule(int converted) {
		List<Observation> rows = new ArrayList<>(history(5, 400, false).stream()
			.map(o -> o.withConverted(false))
			.toList());
		int marked = 0;
		for (int i = 0; i < rows.size() && marked < converted; i++) {
			Observation o = rows.get(i);
			if (!ConversionTrainer.heldOut(o.contactId())) {
				rows.set(i, o.withConverted(true));
				marked++;
			}
		}
		ConversionModel model = ConversionTrainer.train(rows, CUTOFF, 12, 1);
		assertThat(model.used()).isFalse();
		assertThat(model.verdict()).startsWith("Too little history: " + converted + " converted contacts");
	}

	@org.junit.jupiter.api.Test
	void aucCountsTiesHalf() {
		assertThat(ConversionTrainer.auc(new double[] { 0.1, 0.4, 0.35, 0.8 }, new boolean[] { false, false, true, true }))
			.isEqualTo(0.75);
		assertThat(ConversionTrainer.auc(new double[] { 1, 1, 1, 1 }, new boolean[] { false, true, false, true })).isEqualTo(0.5);
	}

	private static Map<String, Double> weights(ConversionModel model) {
		return java.util.stream.IntStream.range(0, model.features().size())
			.boxed()
			.collect(Collectors.toMap(i -> model.features().get(i), i -> model.weights()[i]));
	}

	/** A model stored before the e-mail features existed still scores: by the features it was fitted on. */
	@org.junit.jupiter.api.Test
	void aModelStoredBeforeAFeatureWasAddedScoresByItsOwnFeatures() {
		ConversionModel model = ConversionTrainer.train(history(7, 3000, true), CUTOFF, 12, 7);
		int old = 10;
		ConversionModel stored = new ConversionModel(model.version(), model.trainedAt(), CUTOFF, 12,
				ConversionModel.FEATURES.subList(0, old), java.util.Arrays.copyOf(model.means(), old),
				java.util.Arrays.copyOf(model.deviations(), old), java.util.Arrays.copyOf(model.weights(), old), model.bias(),
				model.originRates(), model.priorRate(), model.evaluation(), true, model.verdict());
		Observation o = history(8, 1, true).getFirst();
		assertThat(stored.factors(o)).extracting(ConversionModel.Factor::name).containsExactlyElementsOf(ConversionModel.FEATURES.subList(0, old));
		assertThat(stored.factors(o)).isEqualTo(model.factors(o).subList(0, old));
	}

}
