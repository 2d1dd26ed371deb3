package com.rootline.conversion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the model's probabilities become levels: A from {@code levelA}, B from {@code levelB}, C
 * below; the horizon a conversion is counted in when training does not say; how often every
 * contact is scored again (a stored suggestion older than that is computed afresh when read); how
 * often the model is trained again on the newest history (zero: only when a broker asks); and the
 * scoring job's lease and poll, as for the other background jobs.
 */
@ConfigurationProperties("rootline.conversion")
record ConversionSettings(@DefaultValue("0.5") double levelA, @DefaultValue("0.2") double levelB,
		@DefaultValue("12") int horizonMonths, @DefaultValue("24h") Duration rescoreEvery,
		@DefaultValue("30d") Duration retrainEvery, @DefaultValue("60s") Duration lease,
		@DefaultValue("1m") Duration pollInterval) {

	/** How long a runner holds a job that trains before scoring: training a large store takes a while. */
	Duration trainingLease() {
		return lease.multipliedBy(10);
	}

	String level(double probability) {
		return probability >= levelA ? "A" : probability >= levelB ? "B" : "C";
	}

}
