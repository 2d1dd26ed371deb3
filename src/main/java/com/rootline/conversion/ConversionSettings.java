package com.rootline.conversion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the model's probabilities become levels: A from {@code levelA}, B from {@code levelB}, C
 * below; and the horizon a conversion is counted in when training does not say.
 */
@ConfigurationProperties("rootline.conversion")
record ConversionSettings(@DefaultValue("0.5") double levelA, @DefaultValue("0.2") double levelB,
		@DefaultValue("12") int horizonMonths) {

	String level(double probability) {
		return probability >= levelA ? "A" : probability >= levelB ? "B" : "C";
	}

}
