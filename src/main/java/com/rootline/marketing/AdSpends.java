package com.rootline.marketing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.rootline.api.MoneyUnits;
import com.rootline.api.Problems;
import com.rootline.api.UserError;
import com.rootline.api.UserErrorCode;
import com.rootline.api.UserErrorsException;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dated advertising spend per outlet. Corrections and deletions keep what was there before. */
@Service
class AdSpends {

	private final Statements statements;

	private final MoneyUnits money;

	AdSpends(Statements statements, MoneyUnits money) {
		this.statements = statements;
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

	private record NewSpend(String id, String outletId, Long amountMinor, LocalDate spentOn, String campaign, String note,
			String by) {
	}

	private record Written(String id) {
	}

	private record SpendQuery(List<String> ids, String outletId, String mediaTypeId, LocalDate from, LocalDate to,
			boolean includeDeleted) {
	}

	/** An entry as stored: what it is now, and its earlier versions, newest first, in parallel lists. */
	private record StoredSpend(String id, String outletId, Long amountMinor, LocalDate spentOn, String campaign,
			String note, boolean deleted, StoredHistory history) {
	}

	private record StoredHistory(List<String> actions, List<Long> amountsMinor, List<LocalDate> spentOns,
			List<String> campaigns, List<String> notes, List<ZonedDateTime> ats, List<String> bys) {
	}

	private record SpendRow(StoredSpend spend) {
	}

	/** A revision: the entry's properties that change ({@code props}) and why. */
	private record Revise(String id, String action, Change change, String by) {
	}

	/**
	 * A correction (a null amount or day keeps the stored one; campaign and note change when their
	 * set… flag is true, a blank one is removed) or a deletion (when and why).
	 */
	private record Change(Long amountMinor, LocalDate spentOn, boolean setCampaign, String campaign, boolean setNote,
			String note, ZonedDateTime deletedAt, String deletedReason) implements Statements.Inline {
	}

	@Transactional
	AdSpend record(RecordAdSpendInput input) {
		Problems problems = new Problems();
		Long minor = amount(input.amount(), problems);
		texts(input.campaign(), input.note(), problems);
		problems.throwIfAny();
		String id = UUID.randomUUID().toString();
		NewSpend spend = new NewSpend(id, input.outletId(), minor, input.spentOn(),
				MediaCatalog.blankToNull(input.campaign()), MediaCatalog.blankToNull(input.note()), Callers.currentName());
		if (statements.one("marketing/spend-create", spend, Written.class).isEmpty()) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No outlet " + input.outletId(), "outletId"));
		}
		return get(id);
	}

	@Transactional
	AdSpend correct(CorrectAdSpendInput input) {
		Problems problems = new Problems();
		Long amountMinor = input.amount() == null ? null : amount(input.amount(), problems);
		texts(input.campaign(), input.note(), problems);
		problems.throwIfAny();
		revise(input.id(), "CORRECTED", new Change(amountMinor, input.spentOn(), input.campaign() != null,
				MediaCatalog.blankToNull(input.campaign()), input.note() != null, MediaCatalog.blankToNull(input.note()),
				null, null));
		return get(input.id());
	}

	@Transactional
	AdSpend delete(DeleteAdSpendInput input) {
		revise(input.id(), "DELETED", new Change(null, null, false, null, false, null, ZonedDateTime.now(),
				MediaCatalog.blankToNull(input.reason())));
		return get(input.id());
	}

	@Transactional(readOnly = true)
	List<AdSpend> find(AdSpendFilter f, List<String> ids) {
		SpendQuery query = f == null ? new SpendQuery(ids, null, null, null, null, ids != null)
				: new SpendQuery(ids, f.outletId(), f.mediaTypeId(), f.from(), f.to(),
						Boolean.TRUE.equals(f.includeDeleted()) || ids != null);
		return statements.all("marketing/spend-list", query, SpendRow.class)
			.stream()
			.map(row -> toSpend(row.spend()))
			.toList();
	}

	private AdSpend get(String id) {
		return find(null, List.of(id)).getFirst();
	}

	private void revise(String id, String action, Change change) {
		boolean found = statements
			.one("marketing/spend-revise", new Revise(id, action, change, Callers.currentName()), Written.class)
			.isPresent();
		if (!found) {
			throw new UserErrorsException(UserError.of(UserErrorCode.NOT_FOUND, "No live spend entry " + id, "id"));
		}
	}

	private AdSpend toSpend(StoredSpend s) {
		StoredHistory h = s.history();
		List<Revision> history = new ArrayList<>();
		for (int i = 0; i < h.actions().size(); i++) {
			history.add(new Revision(money.fromMinor(h.amountsMinor().get(i)), h.spentOns().get(i),
					MediaCatalog.blankToNull(h.campaigns().get(i)), MediaCatalog.blankToNull(h.notes().get(i)),
					h.ats().get(i), h.bys().get(i), h.actions().get(i)));
		}
		return new AdSpend(s.id(), s.outletId(), money.fromMinor(s.amountMinor()), s.spentOn(),
				Quarter.of(s.spentOn()).toString(), s.campaign(), s.note(), s.deleted(), history);
	}

	private Long amount(BigDecimal amount, Problems problems) {
		Long minor = money.toMinor(amount);
		if (minor == null || minor < 0) {
			problems.add(UserErrorCode.INVALID, "An amount is a non-negative " + money.currency() + " amount with at most "
					+ money.currency().getDefaultFractionDigits() + " decimals", "amount");
		}
		return minor;
	}

	private static void texts(String campaign, String note, Problems problems) {
		problems.maxLength(campaign, 200, "campaign").maxLength(note, 2000, "note");
	}

}
