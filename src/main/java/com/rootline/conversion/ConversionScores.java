package com.rootline.conversion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.rootline.api.TimeZones;
import org.springframework.stereotype.Component;

/**
 * A contact's chance of converting as of today: from the newest used model, or, while there is
 * none, from the rule (A when contacted within 30 days, B within 90, C otherwise). The agent's own
 * level is never changed here.
 */
@Component
class ConversionScores {

	enum Basis {

		MODEL, RULE

	}

	record Conversion(Double probability, String suggestedLevel, Basis basis, List<ConversionModel.Factor> factors,
			String modelVersion, Instant computedAt) {
	}

	private final ConversionModels models;

	private final ConversionSettings settings;

	private final TimeZones zones;

	ConversionScores(ConversionModels models, ConversionSettings settings, TimeZones zones) {
		this.models = models;
		this.settings = settings;
		this.zones = zones;
	}

	/** The contacts' conversions, in two reads whatever their number: the model, then their observations. */
	Map<String, Conversion> of(List<String> contactIds) {
		LocalDate today = LocalDate.now(zones.deployment());
		Optional<ConversionModel> model = models.newest(true);
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

}
