package com.rootline.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rootline.api.MoneyUnits;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.CypherQueries;
import com.rootline.security.Callers;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dated advertising spend per outlet. Corrections and deletions keep what was there before. */
@Service
class AdSpends {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final MoneyUnits money;

	AdSpends(Neo4jClient neo4j, CypherQueries queries, MoneyUnits money) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.money = money;
	}

	record RecordAdSpendInput(String outletId, BigDecimal amount, LocalDate spentOn, String campaign, String note) {
	}

	record CorrectAdSpendInput(String id, BigDecimal amount, LocalDate spentOn, String campaign, String note) {
	}

	record DeleteAdSpendInput(String id, String reason) {
	}

	record AdSpendFilter(String outletId, String mediaTypeId, LocalDate from, LocalDate to, Boolean includeDeleted) {
	}

	record Revision(BigDecimal amount, LocalDate spentOn, String campaign, String note, ZonedDateTime changedAt,
			String changedBy, String action) {
	}

	record AdSpend(String id, String outletId, BigDecimal amount, LocalDate spentOn, String quarter, String campaign,
			String note, boolean deleted, List<Revision> history) {
	}

	@Transactional
	AdSpend record(RecordAdSpendInput input) {
		Problems problems = new Problems();
		Long minor = amount(input.amount(), problems);
		texts(input.campaign(), input.note(), problems);
		problems.throwIfAny();
		String id = UUID.randomUUID().toString();
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("outletId", input.outletId());
		params.put("amountMinor", minor);
		params.put("spentOn", input.spentOn());
		params.put("campaign", MediaCatalog.blankToNull(input.campaign()));
		params.put("note", MediaCatalog.blankToNull(input.note()));
		params.put("by", Callers.currentName());
		if (neo4j.query(queries.get("marketing/spend-create")).bindAll(params).fetch().one().isEmpty()) {
			throw new UserErrorsException(UserError.of("NOT_FOUND", "No outlet " + input.outletId(), "outletId"));
		}
		return get(id);
	}

	@Transactional
	AdSpend correct(CorrectAdSpendInput input) {
		Problems problems = new Problems();
		Map<String, Object> props = new HashMap<>();
		if (input.amount() != null) {
			props.put("amountMinor", amount(input.amount(), problems));
		}
		if (input.spentOn() != null) {
			props.put("spentOn", input.spentOn());
		}
		if (input.campaign() != null) {
			props.put("campaign", MediaCatalog.blankToNull(input.campaign()));
		}
		if (input.note() != null) {
			props.put("note", MediaCatalog.blankToNull(input.note()));
		}
		texts(input.campaign(), input.note(), problems);
		problems.throwIfAny();
		revise(input.id(), "CORRECTED", props);
		return get(input.id());
	}

	@Transactional
	AdSpend delete(DeleteAdSpendInput input) {
		Map<String, Object> props = new HashMap<>();
		props.put("deletedAt", ZonedDateTime.now());
		props.put("deletedReason", MediaCatalog.blankToNull(input.reason()));
		revise(input.id(), "DELETED", props);
		return get(input.id());
	}

	@Transactional(readOnly = true)
	List<AdSpend> find(AdSpendFilter f, List<String> ids) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		params.put("outletId", f == null ? null : f.outletId());
		params.put("mediaTypeId", f == null ? null : f.mediaTypeId());
		params.put("from", f == null ? null : f.from());
		params.put("to", f == null ? null : f.to());
		params.put("includeDeleted", f != null && Boolean.TRUE.equals(f.includeDeleted()) || ids != null);
		return List.copyOf(neo4j.query(queries.get("marketing/spend-list"))
			.bindAll(params)
			.fetchAs(AdSpend.class)
			.mappedBy((t, r) -> toSpend(r.get("spend").asMap()))
			.all());
	}

	private AdSpend get(String id) {
		return find(null, List.of(id)).getFirst();
	}

	private void revise(String id, String action, Map<String, Object> props) {
		boolean found = neo4j.query(queries.get("marketing/spend-revise"))
			.bindAll(Map.of("id", id, "action", action, "props", props, "by", Callers.currentName()))
			.fetch()
			.one()
			.isPresent();
		if (!found) {
			throw new UserErrorsException(UserError.of("NOT_FOUND", "No live spend entry " + id, "id"));
		}
	}

	@SuppressWarnings("unchecked")
	private AdSpend toSpend(Map<String, Object> m) {
		List<Revision> history = new ArrayList<>();
		List<String> actions = (List<String>) m.get("historyAction");
		for (int i = 0; i < actions.size(); i++) {
			history.add(new Revision(money.fromMinor(((List<Long>) m.get("historyAmountMinor")).get(i)),
					((List<LocalDate>) m.get("historySpentOn")).get(i),
					MediaCatalog.blankToNull(((List<String>) m.get("historyCampaign")).get(i)),
					MediaCatalog.blankToNull(((List<String>) m.get("historyNote")).get(i)),
					((List<ZonedDateTime>) m.get("historyAt")).get(i), ((List<String>) m.get("historyBy")).get(i),
					actions.get(i)));
		}
		LocalDate spentOn = (LocalDate) m.get("spentOn");
		return new AdSpend((String) m.get("id"), (String) m.get("outletId"), money.fromMinor((Long) m.get("amountMinor")),
				spentOn, Quarter.of(spentOn).toString(), (String) m.get("campaign"), (String) m.get("note"),
				m.get("deletedAt") != null, history);
	}

	private Long amount(BigDecimal amount, Problems problems) {
		Long minor = money.toMinor(amount);
		if (minor == null || minor < 0) {
			problems.add("INVALID", "An amount is a non-negative " + money.currency() + " amount with at most "
					+ money.currency().getDefaultFractionDigits() + " decimals", "amount");
		}
		return minor;
	}

	private static void texts(String campaign, String note, Problems problems) {
		problems.maxLength(campaign, 200, "campaign").maxLength(note, 2000, "note");
	}

}
