package com.rootline.referral;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.rootline.api.UserError;
import com.rootline.facts.TreeFacts;
import com.rootline.graph.Statements;
import com.rootline.security.Callers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Origins from an imported file, under exactly the rules of {@code recordReferral} and
 * {@code recordLeadSource}, a batch at a time: the links are checked and written in order in one
 * statement, and the facts that follow whole subtrees are refreshed once for the batch instead of
 * once per link. Linking again to the same referrer is a no-op, so a resumed import can repeat a link.
 */
@Component
public class ReferralImports {

	/** One origin to record: referred by a contact or partner, or (outlet) heard of us through an outlet. */
	public record Link(String contactId, String referrerId, boolean outlet, LocalDate on) {
	}

	private final Statements statements;

	private final Parties parties;

	private final TreeFacts treeFacts;

	ReferralImports(Statements statements, Parties parties, TreeFacts treeFacts) {
		this.statements = statements;
		this.parties = parties;
		this.treeFacts = treeFacts;
	}

	/** How the batch statement answered one link. */
	record Outcome(int index, String outcome, String currentReferrerId, List<String> loopNames,
			List<String> ancestors, List<String> flipped) {
	}

	/**
	 * Links the batch in the caller's transaction and answers, per link and in order, empty when it
	 * is linked (or was already linked to this referrer), otherwise why not. A refused link changes
	 * nothing; the others are written.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Optional<UserError>> linkAll(List<Link> links) {
		List<Optional<UserError>> answers = new ArrayList<>(Collections.nCopies(links.size(), Optional.empty()));
		Set<String> ids = new HashSet<>();
		links.forEach(l -> {
			ids.add(l.contactId());
			ids.add(l.referrerId());
		});
		Map<String, Parties.Kind> kinds = parties.kinds(ids);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			Link link = links.get(i);
			LocalDate on = link.on() == null ? today : link.on();
			String field = link.outlet() ? "outletId" : "referrerId";
			List<UserError> refused = ReferralService.refusals(link.contactId(), link.referrerId(), on, null, field, kinds);
			if (!refused.isEmpty()) {
				answers.set(i, Optional.of(refused.getFirst()));
				continue;
			}
			rows.add(new Row(i, UUID.randomUUID().toString(), link.contactId(), link.referrerId(), on));
		}
		if (rows.isEmpty()) {
			return answers;
		}
		treeFacts.lock(rows.stream()
			.flatMap(r -> Stream.of(r.contactId(), r.referrerId()))
			.distinct()
			.toList());
		for (Outcome o : write(rows)) {
			Link link = links.get(o.index());
			switch (o.outcome()) {
				case "LINKED" -> treeFacts.linked(link.contactId(), o.ancestors(), o.flipped());
				case "ALREADY_REFERRED" -> {
					// A backup restored twice links the same pairs again: a harmless repeat, not an error.
					if (!o.currentReferrerId().equals(link.referrerId())) {
						answers.set(o.index(), Optional.of(new AlreadyReferred(o.currentReferrerId()).errors().getFirst()));
					}
				}
				default -> answers.set(o.index(),
						Optional.of(ReferralService.cycle(o.loopNames(), link.outlet() ? "outletId" : "referrerId")));
			}
		}
		return answers;
	}

	/** A link to write: its place in the batch, the new edge's id, the two parties, the day. */
	private record Row(int index, String id, String contactId, String referrerId, LocalDate referredOn) {
	}

	private record Batch(List<Row> links, String note, String by, int sign, boolean onlyCarryingDeals) {
	}

	private List<Outcome> write(List<Row> rows) {
		return statements.all("referral/link-batch", new Batch(rows, "Imported", Callers.currentName(), 1, true),
				Outcome.class);
	}

}
