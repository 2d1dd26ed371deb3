package com.rootline.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.rootline.contact.Contact;
import org.junit.jupiter.api.Test;

/** The call list's rules and order, without a server. */
class CallListTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final LocalDate TODAY = LocalDate.of(2026, 2, 27);

	private static final List<CallRule> RULES = List.of(
			new CallRule(CallRule.Code.TREE_BROUGHT_BUSINESS, null, true, 70, 90, null, null, null, 1L, 1),
			new CallRule(CallRule.Code.NEW_LEAD, null, true, 60, 7, null, null, null, null, 2),
			new CallRule(CallRule.Code.DATE_THAT_MATTERS, null, true, 50, 3, null, null, null, null, 3),
			new CallRule(CallRule.Code.PLAN_STEP_DUE, null, true, 40, null, null, null, null, null, 4),
			new CallRule(CallRule.Code.TASK_OVERDUE, null, true, 30, null, null, null, null, null, 5),
			new CallRule(CallRule.Code.CADENCE_PASSED, null, true, 20, null, 30, 90, 180, null, 6));

	private static CallList.Candidate candidate(String id, String level, String created, String lastContact,
			long tree, long descendants, LocalDate newest, Map<String, Object> dates, List<CallList.DueTask> tasks) {
		java.util.HashMap<String, Object> row = new java.util.HashMap<>(dates);
		row.put("id", id);
		return new CallList.Candidate(id, id, level == null ? null : Contact.StatusLevel.valueOf(level), ZonedDateTime.parse(created),
				lastContact == null ? null : ZonedDateTime.parse(lastContact), tree, descendants, newest, null,
				DatedFacts.of(DatesThatMatterTest.row(row), List.of()), tasks);
	}

	private static List<CallList.Entry> rank(List<CallList.Candidate> candidates) {
		return CallList.rank(candidates, RULES, TODAY, CHICAGO, minor -> "$" + (minor / 100));
	}

	@Test
	void aContactContactedTodayInTheAgentsZoneIsOffTheListWhateverElseHolds() {
		CallList.Candidate tom = candidate("tom", "A", "2020-01-01T00:00Z", "2026-02-28T03:00Z", 0, 0, null,
				Map.of("birthday", "--02-27"), List.of());
		CallList.Candidate utcYesterday = candidate("ann", null, "2020-01-01T00:00Z", "2026-02-27T05:00Z", 0, 0, null,
				Map.of("birthday", "--02-27"), List.of());
		assertThat(rank(List.of(tom, utcYesterday))).extracting(CallList.Entry::contactId)
			.as("03:00Z on the 28th is the 27th in Chicago; 05:00Z on the 27th is the 26th there")
			.containsExactly("ann");
	}

	@Test
	void scoresAddUpAndTiesGoToTheTreeThenTheLongestQuietThenTheName() {
		CallList.Candidate tree = candidate("tina", "A", "2025-01-01T00:00Z", "2025-12-01T15:00Z", 8_000_000, 1,
				LocalDate.of(2026, 2, 20), Map.of(), List.of());
		CallList.Candidate lead = candidate("nina", null, "2026-02-25T16:00Z", null, 0, 0, null, Map.of(), List.of());
		CallList.Candidate quiet = candidate("olga", "A", "2020-01-01T00:00Z", "2025-12-20T15:00Z", 0, 0, null, Map.of(),
				List.of(new CallList.DueTask("Send the papers", LocalDate.of(2026, 2, 20), false)));
		CallList.Candidate never = candidate("leap", null, "2020-01-01T00:00Z", null, 0, 0, null,
				Map.of("birthday", "1992-02-29"), List.of());
		CallList.Candidate dueToday = candidate("paul", null, "2020-01-01T00:00Z", null, 0, 0, null, Map.of(),
				List.of(new CallList.DueTask("Welcome call", TODAY, true), new CallList.DueTask("Later", TODAY, false)));
		List<CallList.Entry> ranked = rank(List.of(quiet, never, dueToday, lead, tree));
		assertThat(ranked).extracting(CallList.Entry::contactId, CallList.Entry::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tina", 90), org.assertj.core.groups.Tuple.tuple("nina", 60),
					org.assertj.core.groups.Tuple.tuple("leap", 50), org.assertj.core.groups.Tuple.tuple("olga", 50),
					org.assertj.core.groups.Tuple.tuple("paul", 40));
		assertThat(ranked.getFirst().reasons()).extracting(CallList.Reason::text)
			.containsExactly("Their referral tree brought $80000 through 1 person; the newest referral in it came on "
					+ "2026-02-20 and they were last contacted on 2025-12-01",
					"Level A contacts hear from us every 30 days; last contact 88 days ago");
		assertThat(ranked.get(2).reasons().getFirst().text()).isEqualTo("Birthday, turns 34: in 2 days (2026-03-01)");
		assertThat(ranked.get(4).reasons()).extracting(CallList.Reason::text)
			.as("a task due today is not overdue").containsExactly("Touch-plan step due: Welcome call (today)");
	}

	@Test
	void aTreeClientContactedSinceTheNewestReferralWaitsForTheRulesDays() {
		CallList.Candidate recent = candidate("tina", null, "2025-01-01T00:00Z", "2026-02-21T15:00Z", 100, 3,
				LocalDate.of(2026, 2, 20), Map.of(), List.of());
		assertThat(rank(List.of(recent))).isEmpty();
		CallList.Candidate quiet = candidate("tina", null, "2025-01-01T00:00Z", "2025-11-01T15:00Z", 100, 3,
				LocalDate.of(2025, 10, 20), Map.of(), List.of());
		assertThat(rank(List.of(quiet)).getFirst().reasons().getFirst().text())
			.isEqualTo("Their referral tree brought $1 through 3 people; not contacted for 118 days");
	}

	@Test
	void aDisabledRuleNeitherScoresNorExplains() {
		List<CallRule> noLeads = RULES.stream()
			.map(r -> r.code() == CallRule.Code.NEW_LEAD ? new CallRule(r.code(), null, false, r.weight(), r.days(), null,
					null, null, null, r.position()) : r)
			.toList();
		CallList.Candidate lead = candidate("nina", null, "2026-02-25T16:00Z", null, 0, 0, null, Map.of(), List.of());
		assertThat(CallList.rank(List.of(lead), noLeads, TODAY, CHICAGO, m -> "")).isEmpty();
	}

}
