package com.rootline.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fitted model as stored: the features' names, the standardisation of each, the weights of the
 * log-odds of converting (per standard deviation of a feature, around the average contact), the
 * origins' smoothed conversion rates, and how it did on the held-out contacts against the rule.
 */
record ConversionModel(String version, Instant trainedAt, LocalDate cutoff, int horizonMonths, List<String> features,
		double[] means, double[] deviations, double[] weights, double bias, Map<String, Double> originRates,
		double priorRate, Evaluation evaluation, boolean used, String verdict) {

	/** The model's features, in the order of its weights. */
	static final List<String> FEATURES = List.of("touches in 30 days", "touches in 90 days", "touches in a year",
			"days since the last touch", "inbound contacts in a year", "meetings in a year", "lead-source quality",
			"referred by a client who converted", "level in the referral tree", "people below in the tree (log)",
			"e-mails opened in a year", "e-mails clicked in a year");

	record Factor(String name, double value, double contribution) {
	}

	record Bin(double from, double to, int contacts, double meanPredicted, double observedRate) {
	}

	record Evaluation(int examples, int positives, int heldOut, int heldOutPositives, double auc, double baselineAuc,
			double calibrationError, List<Bin> calibration) {
	}

	/** The raw values of the features for one contact, in the order of {@link #FEATURES}. */
	static double[] values(Observation o, Map<String, Double> originRates, double priorRate) {
		Observation.Touches t = o.touches();
		Observation.Engagement e = o.engagement();
		Observation.Source s = o.source();
		return new double[] { t.in30(), t.in90(), t.in365(), o.daysSinceContactOrNever(), e.inbound(), e.meetings(),
				originRates.getOrDefault(s.origin(), priorRate), s.referredByConverted() ? 1 : 0, s.depth(),
				Math.log1p(s.below()), e.emailsOpened(), e.emailsClicked() };
	}

	double probability(Observation o) {
		return probability(factors(o));
	}

	double probability(List<Factor> factors) {
		double logit = bias;
		for (Factor f : factors) {
			logit += f.contribution();
		}
		return 1 / (1 + Math.exp(-logit));
	}

	/**
	 * Each of this model's features: its value and how much it moves this contact's log-odds away
	 * from the average contact's. A model stored before a feature was added knows nothing of it.
	 */
	List<Factor> factors(Observation o) {
		double[] all = values(o, originRates, priorRate);
		List<Factor> factors = new ArrayList<>();
		for (int i = 0; i < features.size(); i++) {
			double x = all[FEATURES.indexOf(features.get(i))];
			double z = deviations[i] == 0 ? 0 : (x - means[i]) / deviations[i];
			factors.add(new Factor(features.get(i), x, weights[i] * z));
		}
		return factors;
	}

}
