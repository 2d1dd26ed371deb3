package com.rootline.today;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.rootline.contact.Contact;

/**
 * Today's call list: which of an agent's contacts to contact today, why, and in what order. Each
 * enabled rule that holds adds its weight to the contact's score and one reason. A contact already
 * contacted today (a logged interaction, in the agent's time zone) is off today's list, whatever
 * else holds. Order: score, highest first; then the business the contact's referral tree brought,
 * most first; then the longest without contact (never contacted first); then name and id.
 */
final class CallList {

	/** The tree rule's quiet days when the rule names none. */
	static final int TREE_DAYS = 90;

	private CallList() {
	}

	/** What the rules read about one contact. */
	record Candidate(String contactId, String nameKey, Contact.StatusLevel statusLevel, ZonedDateTime createdAt,
			ZonedDateTime lastContactedAt, long treeValueMinor, long descendants, LocalDate newestReferralOn,
			String newestReferralName, DatedFacts dates, List<DueTask> dueTasks) {
	}

	/** An open task about the contact, due today or earlier. */
	record DueTask(String title, LocalDate dueOn, boolean planStep) {
	}

	record Reason(CallRule.Code code, int weight, String text) {
	}

	/** {@code sortKey} sorts in the list's order; it is also the cursor of a page. */
	record Entry(String contactId, int score, List<Reason> reasons, Candidate facts, String sortKey) {

		static Entry of(Candidate facts, List<Reason> reasons) {
			int score = reasons.stream().mapToInt(Reason::weight).sum();
			long lastContact = facts.lastContactedAt() == null ? 0 : facts.lastContactedAt().toEpochSecond();
			String key = padded(9_999_999_999L - score, 10) + "|" + padded(Long.MAX_VALUE - facts.treeValueMinor(), 19)
					+ "|" + padded(lastContact, 19) + "|" + facts.nameKey() + "|" + facts.contactId();
			return new Entry(facts.contactId(), score, reasons, facts, key);
		}

		private static String padded(long value, int width) {
			String digits = Long.toString(value);
			return "0".repeat(Math.max(0, width - digits.length())) + digits;
		}

	}

	/**
	 * @param money writes an amount in minor units for people ("$80,000.00")
	 */
	static List<Entry> rank(List<Candidate> candidates, List<CallRule> rules, LocalDate today, ZoneId zone,
			Function<Long, String> money) {
		List<Entry> entries = new ArrayList<>();
		for (Candidate c : candidates) {
			if (c.lastContactedAt() != null && !c.lastContactedAt().withZoneSameInstant(zone).toLocalDate().isBefore(today)) {
				continue;
			}
			List<Reason> reasons = new ArrayList<>();
			for (CallRule rule : rules) {
				if (rule.enabled()) {
					String why = reason(rule, c, today, zone, money);
					if (why != null) {
						reasons.add(new Reason(rule.code(), rule.weight(), why));
					}
				}
			}
			if (!reasons.isEmpty()) {
				entries.add(Entry.of(c, List.copyOf(reasons)));
			}
		}
		entries.sort(Comparator.comparing(Entry::sortKey));
		return entries;
	}

	private static String reason(CallRule rule, Candidate c, LocalDate today, ZoneId zone, Function<Long, String> money) {
		return switch (rule.code()) {
			case TREE_BROUGHT_BUSINESS -> treeReason(rule, c, today, zone, money);
			case NEW_LEAD -> {
				LocalDate created = c.createdAt().withZoneSameInstant(zone).toLocalDate();
				yield c.lastContactedAt() == null && !created.isBefore(today.minusDays(rule.daysOr(7)))
						? "New lead since " + created + ", not contacted yet" : null;
			}
			case DATE_THAT_MATTERS -> {
				List<DatesThatMatter.Occurrence> soon = DatesThatMatter.within(List.of(c.dates()), today,
						today.plusDays(rule.daysOr(3)), Set.of());
				yield soon.isEmpty() ? null : String.join("; ", soon.stream().map(o -> describe(o, today)).toList());
			}
			case PLAN_STEP_DUE -> tasks(c, true, today, "Touch-plan step due: ");
			case TASK_OVERDUE -> tasks(c, false, today, "Overdue task: ");
			case CADENCE_PASSED -> cadence(rule, c, today, zone);
		};
	}

	private static String treeReason(CallRule rule, Candidate c, LocalDate today, ZoneId zone,
			Function<Long, String> money) {
		long min = rule.minValueMinor() == null ? 1 : rule.minValueMinor();
		if (c.treeValueMinor() < min || c.descendants() == 0) {
			return null;
		}
		LocalDate lastContact = c.lastContactedAt() == null ? null
				: c.lastContactedAt().withZoneSameInstant(zone).toLocalDate();
		String tree = "Their referral tree brought " + money.apply(c.treeValueMinor()) + " through " + c.descendants()
				+ (c.descendants() == 1 ? " person" : " people");
		if (c.newestReferralOn() != null && (lastContact == null || lastContact.isBefore(c.newestReferralOn()))) {
			return tree + "; the newest referral in it" + (c.newestReferralName() == null ? "" : " (" + c.newestReferralName() + ")")
					+ " came on " + c.newestReferralOn() + (lastContact == null ? " and they were never contacted"
							: " and they were last contacted on " + lastContact);
		}
		int days = rule.daysOr(TREE_DAYS);
		if (lastContact == null) {
			return tree + "; never contacted";
		}
		long since = ChronoUnit.DAYS.between(lastContact, today);
		return since >= days ? tree + "; not contacted for " + since + " days" : null;
	}

	private static String tasks(Candidate c, boolean planSteps, LocalDate today, String prefix) {
		List<DueTask> due = c.dueTasks()
			.stream()
			.filter(t -> t.planStep() == planSteps && (planSteps || t.dueOn().isBefore(today)))
			.sorted(Comparator.comparing(DueTask::dueOn).thenComparing(DueTask::title))
			.toList();
		if (due.isEmpty()) {
			return null;
		}
		return prefix + String.join("; ", due.stream()
			.map(t -> t.title() + (t.dueOn().isBefore(today) ? " (due " + t.dueOn() + ")" : " (today)"))
			.toList());
	}

	private static String cadence(CallRule rule, Candidate c, LocalDate today, ZoneId zone) {
		if (c.statusLevel() == null) {
			return null;
		}
		Integer days = switch (c.statusLevel()) {
			case A -> rule.daysA();
			case B -> rule.daysB();
			case C -> rule.daysC();
		};
		if (days == null) {
			return null;
		}
		ZonedDateTime since = c.lastContactedAt() == null ? c.createdAt() : c.lastContactedAt();
		long quiet = ChronoUnit.DAYS.between(since.withZoneSameInstant(zone).toLocalDate(), today);
		if (quiet <= days) {
			return null;
		}
		return "Level " + c.statusLevel() + " contacts hear from us every " + days + " days; "
				+ (c.lastContactedAt() == null ? "never contacted in " + quiet + " days" : "last contact " + quiet + " days ago");
	}

	static String describe(DatesThatMatter.Occurrence o, LocalDate today) {
		long in = o.daysFrom(today);
		String when = in == 0 ? "today" : in == 1 ? "tomorrow" : "in " + in + " days (" + o.on() + ")";
		return o.title() + ": " + when;
	}

}
