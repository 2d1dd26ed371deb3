package com.rootline.marketing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.Payloads;
import com.rootline.api.UserError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The {@code AdSpend} type. */
@Controller
class AdSpendController {

	private final AdSpends spends;

	private final MediaCatalog catalog;

	AdSpendController(AdSpends spends, MediaCatalog catalog) {
		this.spends = spends;
		this.catalog = catalog;
	}

	record AdSpendPayload(AdSpends.AdSpend adSpend, List<UserError> userErrors) {
	}

	@QueryMapping
	@PreAuthorize("hasRole('MARKETING')")
	List<AdSpends.AdSpend> adSpend(@Argument AdSpends.AdSpendFilter filter) {
		return spends.find(filter, null);
	}

	@BatchMapping(typeName = "AdSpend")
	@PreAuthorize("hasRole('MARKETING')")
	Map<AdSpends.AdSpend, MediaOutlet> outlet(List<AdSpends.AdSpend> list) {
		Map<String, MediaOutlet> outlets = catalog.outlets(list.stream().map(AdSpends.AdSpend::outletId).distinct().toList());
		Map<AdSpends.AdSpend, MediaOutlet> result = new HashMap<>();
		list.forEach(s -> result.put(s, outlets.get(s.outletId())));
		return result;
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	AdSpendPayload recordAdSpend(@Argument AdSpends.RecordAdSpendInput input) {
		return Payloads.attempt(() -> spends.record(input), s -> new AdSpendPayload(s, List.of()),
				e -> new AdSpendPayload(null, e));
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	AdSpendPayload correctAdSpend(@Argument AdSpends.CorrectAdSpendInput input) {
		return Payloads.attempt(() -> spends.correct(input), s -> new AdSpendPayload(s, List.of()),
				e -> new AdSpendPayload(null, e));
	}

	@MutationMapping
	@PreAuthorize("hasRole('MARKETING')")
	AdSpendPayload deleteAdSpend(@Argument AdSpends.DeleteAdSpendInput input) {
		return Payloads.attempt(() -> spends.delete(input), s -> new AdSpendPayload(s, List.of()),
				e -> new AdSpendPayload(null, e));
	}

}
