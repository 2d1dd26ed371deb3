package com.rootline.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.oracle.labs.mlrg.olcut.util.Pair;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGradRDA;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits the conversion model on observations with known outcomes and judges it honestly: one contact
 * in five (by id) is held out of the fitting; on those the model's ranking (AUC) must beat the rule's
 * by a margin, and its calibration is measured in ten bins. No server: pure computation over rows.
 */
final class ConversionTrainer {

	/** Fewer converted contacts than this among the fitted ones, and the rule keeps suggesting. */
	static final int MIN_POSITIVES = 30;

	/**
	 * How much better than the rule's the model's held-out AUC must be for the model to be used: at
	 * least this, and at least two standard errors of the model's AUC (Hanley and McNeil), so that a
	 * history with no signal is not mistaken for one by luck.
	 */
	static final double MARGIN = 0.02;

	/** Origins' conversion rates are pulled toward the overall rate as if each had this many more contacts. */
	static final double SMOOTHING = 20;

	/** The L2 penalty of the fit: small, since a dozen standardised features do not overfit thousands of contacts. */
	static final double L2 = 1.0;

	private static final String CONVERTED = "converted";

	private static final String NOT_CONVERTED = "not converted";

	private ConversionTrainer() {
	}

	static boolean heldOut(String contactId) {
		return Math.floorMod(contactId.hashCode(), 5) == 0;
	}

	static ConversionModel train(List<Observation> all, LocalDate cutoff, int horizonMonths, long seed) {
		List<Observation> fit = all.stream().filter(o -> !heldOut(o.contactId())).toList();
		List<Observation> test = all.stream().filter(o -> heldOut(o.contactId())).toList();
		int positives = (int) fit.stream().filter(Observation::converted).count();
		double prior = fit.isEmpty() ? 0 : (double) positives / fit.size();
		Map<String, Double> originRates = originRates(fit, prior);
		int n = ConversionModel.FEATURES.size();
		double[] means = new double[n];
		double[] deviations = new double[n];
		standardisation(fit, originRates, prior, means, deviations);
		double[] weights = new double[n];
		double bias = logit(prior);
		String verdict;
		if (positives < MIN_POSITIVES || positives == fit.size()) {
			verdict = "Too little history: " + positives + " converted contacts among " + fit.size()
					+ " (at least " + MIN_POSITIVES + " are needed, and some that did not convert); the rule suggests levels.";
		}
		else {
			LinearSGDModel model = fitted(fit, originRates, prior, means, deviations, seed);
			Map<String, Double> yes = weightsOf(model, CONVERTED);
			Map<String, Double> no = weightsOf(model, NOT_CONVERTED);
			for (int i = 0; i < n; i++) {
				String name = ConversionModel.FEATURES.get(i);
				weights[i] = yes.getOrDefault(name, 0.0) - no.getOrDefault(name, 0.0);
			}
			bias = yes.getOrDefault(Model.BIAS_FEATURE, 0.0) - no.getOrDefault(Model.BIAS_FEATURE, 0.0);
			verdict = null;
		}
		ConversionModel draft = new ConversionModel(UUID.randomUUID().toString(), Instant.now(), cutoff, horizonMonths,
				ConversionModel.FEATURES, means, deviations, weights, bias, originRates, prior, null, false, verdict);
		ConversionModel.Evaluation evaluation = evaluate(draft, fit.size(), positives, test);
		double needed = Math.max(MARGIN, 2 * standardError(evaluation.auc(), evaluation.heldOutPositives(),
				evaluation.heldOut() - evaluation.heldOutPositives()));
		boolean used = verdict == null && evaluation.heldOutPositives() > 0
				&& evaluation.auc() >= evaluation.baselineAuc() + needed;
		if (verdict == null) {
			verdict = used
					? "Used: held-out AUC %.3f against the rule's %.3f.".formatted(evaluation.auc(), evaluation.baselineAuc())
					: "Stored, not used: held-out AUC %.3f does not beat the rule's %.3f by %.3f; the rule suggests levels."
						.formatted(evaluation.auc(), evaluation.baselineAuc(), needed);
		}
		return new ConversionModel(draft.version(), draft.trainedAt(), cutoff, horizonMonths, draft.features(), means,
				deviations, weights, bias, originRates, prior, evaluation, used, verdict);
	}

	/** Each origin's share of converted contacts, smoothed toward the overall rate. */
	static Map<String, Double> originRates(List<Observation> fit, double prior) {
		Map<String, int[]> counts = new HashMap<>();
		fit.forEach(o -> {
			int[] c = counts.computeIfAbsent(o.source().origin(), k -> new int[2]);
			c[0]++;
			c[1] += o.converted() ? 1 : 0;
		});
		Map<String, Double> rates = new HashMap<>();
		counts.forEach((origin, c) -> rates.put(origin, (c[1] + SMOOTHING * prior) / (c[0] + SMOOTHING)));
		return rates;
	}

	private static void standardisation(List<Observation> fit, Map<String, Double> rates, double prior, double[] means,
			double[] deviations) {
		int n = means.length;
		for (Observation o : fit) {
			double[] x = ConversionModel.values(o, rates, prior);
			for (int i = 0; i < n; i++) {
				means[i] += x[i] / fit.size();
			}
		}
		for (Observation o : fit) {
			double[] x = ConversionModel.values(o, rates, prior);
			for (int i = 0; i < n; i++) {
				deviations[i] += (x[i] - means[i]) * (x[i] - means[i]) / fit.size();
			}
		}
		for (int i = 0; i < n; i++) {
			deviations[i] = Math.sqrt(deviations[i]);
		}
	}

	/**
	 * Logistic regression (LogMulticlass over the two outcomes) on standardised features, fitted by
	 * AdaGrad with regularised dual averaging and an L2 penalty ({@link #L2}). The seed makes a fit repeatable.
	 */
	private static LinearSGDModel fitted(List<Observation> fit, Map<String, Double> rates, double prior, double[] means,
			double[] deviations, long seed) {
		LabelFactory labels = new LabelFactory();
		MutableDataset<Label> data = new MutableDataset<>(
				new SimpleDataSourceProvenance("rootline contacts", OffsetDateTime.now(), labels), labels);
		String[] names = ConversionModel.FEATURES.toArray(String[]::new);
		for (Observation o : fit) {
			double[] x = ConversionModel.values(o, rates, prior);
			double[] z = new double[x.length];
			for (int i = 0; i < x.length; i++) {
				z[i] = deviations[i] == 0 ? 0 : (x[i] - means[i]) / deviations[i];
			}
			data.add(new ArrayExample<>(new Label(o.converted() ? CONVERTED : NOT_CONVERTED), names, z));
		}
		LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
				new AdaGradRDA(0.1, 0.1, 0, L2, fit.size()), 10, -1, 1, seed);
		return (LinearSGDModel) trainer.train(data);
	}

	private static Map<String, Double> weightsOf(LinearSGDModel model, String label) {
		Map<String, Double> weights = new HashMap<>();
		List<Pair<String, Double>> top = model.getTopFeatures(-1).get(label);
		if (top != null) {
			top.forEach(p -> weights.put(p.getA(), p.getB()));
		}
		return weights;
	}

	static ConversionModel.Evaluation evaluate(ConversionModel model, int examples, int positives,
			List<Observation> test) {
		double[] predicted = new double[test.size()];
		double[] rule = new double[test.size()];
		boolean[] actual = new boolean[test.size()];
		for (int i = 0; i < test.size(); i++) {
			predicted[i] = model.probability(test.get(i));
			rule[i] = test.get(i).ruleScore();
			actual[i] = test.get(i).converted();
		}
		int heldOutPositives = 0;
		for (boolean a : actual) {
			heldOutPositives += a ? 1 : 0;
		}
		List<ConversionModel.Bin> bins = new ArrayList<>();
		double calibrationError = 0;
		for (int b = 0; b < 10; b++) {
			double from = b / 10.0;
			double to = (b + 1) / 10.0;
			int count = 0;
			double sumPredicted = 0;
			int converted = 0;
			for (int i = 0; i < predicted.length; i++) {
				if (predicted[i] >= from && (predicted[i] < to || b == 9)) {
					count++;
					sumPredicted += predicted[i];
					converted += actual[i] ? 1 : 0;
				}
			}
			if (count > 0) {
				bins.add(new ConversionModel.Bin(from, to, count, sumPredicted / count, (double) converted / count));
				calibrationError += (double) count / predicted.length * Math.abs(sumPredicted / count - (double) converted / count);
			}
		}
		return new ConversionModel.Evaluation(examples, positives, test.size(), heldOutPositives, auc(predicted, actual),
				auc(rule, actual), calibrationError, bins);
	}

	/** Hanley and McNeil's standard error of an AUC from its positives and negatives; 1 when either is missing. */
	static double standardError(double auc, int positives, int negatives) {
		if (positives == 0 || negatives == 0) {
			return 1;
		}
		double q1 = auc / (2 - auc);
		double q2 = 2 * auc * auc / (1 + auc);
		return Math.sqrt((auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
				/ ((double) positives * negatives));
	}

	private static double logit(double p) {
		double q = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
		return Math.log(q / (1 - q));
	}

	/**
	 * The probability that a converted contact is ranked above one that did not (ties count half):
	 * the Mann–Whitney statistic from average ranks. 0.5 when either group is empty.
	 */
	static double auc(double[] score, boolean[] positive) {
		Integer[] order = new Integer[score.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
		double[] rank = new double[score.length];
		for (int i = 0; i < order.length;) {
			int j = i;
			while (j + 1 < order.length && score[order[j + 1]] == score[order[i]]) {
				j++;
			}
			for (int k = i; k <= j; k++) {
				rank[order[k]] = (i + j) / 2.0 + 1;
			}
			i = j + 1;
		}
		long pos = 0;
		double rankSum = 0;
		for (int i = 0; i < score.length; i++) {
			if (positive[i]) {
				pos++;
				rankSum += rank[i];
			}
		}
		long neg = score.length - pos;
		return pos == 0 || neg == 0 ? 0.5 : (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
	}

}
