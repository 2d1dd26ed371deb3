package com.rootline.conversion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import com.rootline.contact.Contact;
import com.rootline.security.Callers;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code ConversionModel} type, its training, and {@code Contact.conversion}. */
@Controller
class ConversionController {

	private final ConversionModels models;

	private final ConversionScores scores;

	private final ScoringJobs scoring;

	ConversionController(ConversionModels models, ConversionScores scores, ScoringJobs scoring) {
		this.models = models;
		this.scores = scores;
		this.scoring = scoring;
	}

	record TrainConversionModelInput(LocalDate cutoff, Integer horizonMonths, Boolean background) {

		ConversionModels.TrainInput training() {
			return new ConversionModels.TrainInput(cutoff, horizonMonths);
		}

	}

	record TrainConversionModelPayload(ConversionModel model, ScoringJobs.ScoringJob job, List<UserError> userErrors) {
	}

	record Weight(String feature, double weight) {
	}

	@MutationMapping
	@PreAuthorize("hasRole('BROKER')")
	TrainConversionModelPayload trainConversionModel(@Argument TrainConversionModelInput input) {
		if (Boolean.TRUE.equals(input.background())) {
			return Payloads.attempt(() -> scoring.queueTraining(input.training(), Callers.currentName()),
					job -> new TrainConversionModelPayload(null, job, List.of()),
					e -> new TrainConversionModelPayload(null, null, e));
		}
		return Payloads.attempt(() -> models.train(input.training(), Callers.currentName()), m -> {
			if (m.used()) {
				// The suggestions stored from the model before are no longer current: score everyone again.
				scoring.queue(null, Callers.currentName());
			}
			return new TrainConversionModelPayload(m, null, List.of());
		}, e -> new TrainConversionModelPayload(null, null, e));
	}

	@QueryMapping
	@PreAuthorize("hasRole('VIEWER')")
	ConversionModel conversionModel() {
		return models.newest(false).orElse(null);
	}

	@SchemaMapping(typeName = "ConversionModel")
	@PreAuthorize("hasRole('VIEWER')")
	List<Weight> weights(ConversionModel model) {
		List<Weight> weights = new ArrayList<>();
		for (int i = 0; i < model.features().size(); i++) {
			weights.add(new Weight(model.features().get(i), model.weights()[i]));
		}
		return weights;
	}

	@BatchMapping(typeName = "Contact")
	@PreAuthorize("hasRole('VIEWER')")
	Map<Contact, ConversionScores.Conversion> conversion(List<Contact> contacts) {
		Map<String, ConversionScores.Conversion> byId = scores.of(contacts.stream().map(Contact::id).toList());
		Map<Contact, ConversionScores.Conversion> result = new HashMap<>();
		contacts.forEach(c -> {
			if (byId.get(c.id()) != null) {
				result.put(c, byId.get(c.id()));
			}
		});
		return result;
	}

}
