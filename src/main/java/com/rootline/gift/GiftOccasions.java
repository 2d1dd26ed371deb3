package com.rootline.gift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.api.Csv;
import com.rootline.api.MoneyUnits;
import com.rootline.api.PartialDate;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What happens to a saved plan next: gifts timed to personal dates, and the vendor's mailing list. */
@Component
class GiftOccasions {

	private static final int IDS_PER_QUERY = 5_000;

	private final Statements statements;

	private final ContactReader contacts;

	private final MoneyUnits money;

	GiftOccasions(Statements statements, ContactReader contacts, MoneyUnits money) {
		this.statements = statements;
		this.contacts = contacts;
		this.money = money;
	}

	record UpcomingGift(int rank, Contact recipient, Contact celebrant, Kind occasion, LocalDate on, GiftTier tier,
			BigDecimal amount) {
	}

	/** The dates a gift may be sent for (the schema's GiftOccasion). */
	enum Kind {

		BIRTHDAY, SPOUSE_BIRTHDAY, ANNIVERSARY

	}

	/** A member's personal dates, as entered (partial dates: a year may be missing). */
	private record Dates(String id, String birthday, String spouseBirthday, String anniversary) {

		String of(Kind kind) {
			return switch (kind) {
				case BIRTHDAY -> birthday;
				case SPOUSE_BIRTHDAY -> spouseBirthday;
				case ANNIVERSARY -> anniversary;
			};
		}

	}

	/** Where a gift goes: the member's current name, first e-mail and mailing address. */
	private record Mailing(String id, String name, boolean erased, String email, Address address) {
	}

	private record Address(List<String> lines, String city, String region, String postalCode, String country) {

		static final Address NONE = new Address(List.of(), null, null, null, null);

	}

	private record Ids(List<String> ids) {
	}

	private record Occasion(int rank, String recipientId, String celebrantId, Kind kind, LocalDate on,
			GiftTier tier, long amountMinor) {
	}

	/** Each gift once, at the earliest personal date of any household member inside the window. */
	@Transactional(readOnly = true)
	List<UpcomingGift> upcoming(GiftPlanner.Plan plan, LocalDate from, LocalDate to) {
		List<GiftPlanner.Row> gifts = plan.rows().stream().filter(r -> r.tier() != null).toList();
		Map<String, Dates> dates = new HashMap<>();
		forEachChunk(gifts.stream().flatMap(r -> r.memberIds().stream()).toList(), "gift/occasions", Dates.class,
				r -> dates.put(r.id(), r));
		List<Occasion> found = new ArrayList<>();
		for (GiftPlanner.Row gift : gifts) {
			Occasion best = null;
			for (String member : gift.memberIds()) {
				Dates d = dates.get(member);
				if (d == null) {
					continue;
				}
				for (Kind kind : Kind.values()) {
					String text = d.of(kind);
					if (text == null) {
						continue;
					}
					LocalDate on = PartialDate.parse(text).nextOccurrence(from);
					if (!on.isAfter(to) && (best == null || on.isBefore(best.on()))) {
						best = new Occasion(gift.rank(), gift.memberIds().getFirst(), member, kind, on, gift.tier(),
								gift.amountMinor());
					}
				}
			}
			if (best != null) {
				found.add(best);
			}
		}
		found.sort(Comparator.comparing(Occasion::on).thenComparingInt(Occasion::rank));
		Set<String> ids = new HashSet<>();
		found.forEach(o -> {
			ids.add(o.recipientId());
			ids.add(o.celebrantId());
		});
		Map<String, Contact> loaded = contacts.findAll(ids);
		return found.stream()
			.map(o -> new UpcomingGift(o.rank(), loaded.get(o.recipientId()), loaded.get(o.celebrantId()), o.kind(),
					o.on(), o.tier(), money.fromMinor(o.amountMinor())))
			.toList();
	}

	/**
	 * The vendor's list: one line per gift with the addressee's current name and mailing address, so
	 * that a move or an erasure since the plan was saved shows through. Cells are formula-safe.
	 */
	@Transactional(readOnly = true)
	String csv(GiftPlanner.Plan plan) {
		List<GiftPlanner.Row> gifts = plan.rows().stream().filter(r -> r.tier() != null).toList();
		Map<String, Mailing> mailing = new HashMap<>();
		forEachChunk(gifts.stream().flatMap(r -> r.memberIds().stream()).toList(), "gift/mailing", Mailing.class,
				r -> mailing.put(r.id(), r));
		StringBuilder out = new StringBuilder(Csv.row(List.of("Rank", "Recipient", "Household", "Tier", "Gift",
				"Amount", "E-mail", "Address line 1", "Address line 2", "City", "Region", "Postal code", "Country")));
		for (GiftPlanner.Row gift : gifts) {
			Mailing who = mailing.getOrDefault(gift.memberIds().getFirst(),
					new Mailing(null, null, false, null, null));
			boolean erased = who.erased();
			Address address = erased || who.address() == null ? Address.NONE : who.address();
			List<String> lines = address.lines();
			List<String> household = gift.memberIds()
				.stream()
				.map(mailing::get)
				.filter(m -> m != null && m.name() != null)
				.map(Mailing::name)
				.toList();
			List<Object> cells = new ArrayList<>();
			cells.add(gift.rank());
			cells.add(who.name());
			cells.add(String.join("; ", household));
			cells.add(gift.tier().name());
			cells.add(gift.tier().giftDescription());
			cells.add(money.fromMinor(gift.amountMinor()));
			cells.add(erased ? null : who.email());
			cells.add(lines.isEmpty() ? null : lines.getFirst());
			cells.add(lines.size() < 2 ? null : String.join(", ", lines.subList(1, lines.size())));
			cells.add(address.city());
			cells.add(address.region());
			cells.add(address.postalCode());
			cells.add(address.country());
			out.append(Csv.row(cells));
		}
		return out.toString();
	}

	private <T extends Record> void forEachChunk(List<String> ids, String query, Class<T> type,
			java.util.function.Consumer<T> row) {
		for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
			List<String> chunk = List.copyOf(ids.subList(i, Math.min(i + IDS_PER_QUERY, ids.size())));
			statements.all(query, new Ids(chunk), type).forEach(row);
		}
	}

}
