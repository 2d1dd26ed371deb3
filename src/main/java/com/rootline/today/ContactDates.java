package com.rootline.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dates that matter of an owner's contacts, for other features (the calendar feed). */
@Component
public class ContactDates {

	private final TodayReads reads;

	ContactDates(TodayReads reads) {
		this.reads = reads;
	}

	/** One day that matters: {@code title} says whose and what, for example "Birthday (turns 45)". */
	public record Day(LocalDate on, String contactId, String key, String title) {
	}

	@Transactional(readOnly = true)
	public List<Day> between(String ownerId, LocalDate from, LocalDate to) {
		return DatesThatMatter.within(reads.datedContacts(ownerId, reads.recurringFields()), from, to, Set.of())
			.stream()
			.map(o -> new Day(o.on(), o.contactId(), o.sortKey(), o.title()))
			.toList();
	}

}
