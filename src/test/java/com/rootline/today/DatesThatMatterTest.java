package com.rootline.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rootline.graph.Statements;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

/** The dates rules, without a server. */
class DatesThatMatterTest {

	private static DatedFacts contact(String id, Map<String, Object> row) {
		java.util.HashMap<String, Object> m = new java.util.HashMap<>(row);
		m.put("id", id);
		return DatedFacts.of(row(m), List.of(new DatedFacts.CustomDate("adopted", "Dog adopted")));
	}

	/** The row a map's entries fill, read as the statements' columns are. */
	static DatedFacts.Row row(Map<String, Object> columns) {
		return Statements.row(name -> Values.value(columns.get(name)), DatedFacts.Row.class);
	}

	@Test
	void february29FallsOnMarch1InCommonYearsAndOnItselfInLeapYears() {
		DatedFacts leap = contact("leap", Map.of("birthday", "1992-02-29"));
		List<DatesThatMatter.Occurrence> common = DatesThatMatter.within(List.of(leap), LocalDate.of(2026, 2, 27),
				LocalDate.of(2026, 3, 5), Set.of());
		assertThat(common).extracting(DatesThatMatter.Occurrence::on, DatesThatMatter.Occurrence::years)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 1), 34));
		List<DatesThatMatter.Occurrence> leapYear = DatesThatMatter.within(List.of(leap), LocalDate.of(2028, 2, 27),
				LocalDate.of(2028, 3, 5), Set.of());
		assertThat(leapYear).extracting(DatesThatMatter.Occurrence::on).containsExactly(LocalDate.of(2028, 2, 29));
		assertThat(leapYear.getFirst().title()).isEqualTo("Birthday, turns 36");
	}

	@Test
	void aYearlessDayHasNoAgeAndAWindowAcrossNewYearFindsBothYears() {
		DatedFacts yara = contact("yara", Map.of("birthday", "--01-02", "anniversary", "--12-30"));
		List<DatesThatMatter.Occurrence> found = DatesThatMatter.within(List.of(yara), LocalDate.of(2026, 12, 28),
				LocalDate.of(2027, 1, 5), Set.of());
		assertThat(found).extracting(DatesThatMatter.Occurrence::on, DatesThatMatter.Occurrence::kind,
				DatesThatMatter.Occurrence::years)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 30), DateKind.WEDDING_ANNIVERSARY, null),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 2), DateKind.BIRTHDAY, null));
		assertThat(found.get(1).title()).isEqualTo("Birthday");
	}

	@Test
	void familyHomesAndCustomDatesWithTheirYearsInKindOrderAndNoneBeforeTheirFirstYear() {
		DatedFacts sam = contact("sam", Map.of("spouseName", "Pat", "spouseBirthday", "1985-06-01", "childNames",
				List.of("Mia", "Leo"), "childBirthdays", List.of("2019-06-01", ""), "homes",
				List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2026, 6, 1)), "custom", java.util.Arrays.asList(LocalDate.of(2021, 6, 1))));
		List<DatesThatMatter.Occurrence> found = DatesThatMatter.within(List.of(sam), LocalDate.of(2026, 6, 1),
				LocalDate.of(2026, 6, 1), Set.of());
		assertThat(found).extracting(DatesThatMatter.Occurrence::title)
			.as("the closing on the day itself is no anniversary; Leo has no birthday")
			.containsExactly("Spouse's birthday (Pat), turns 41", "Child's birthday (Mia), turns 7",
					"Home anniversary, 3 years", "Dog adopted, 5 years");
		assertThat(DatesThatMatter.within(List.of(sam), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1),
				Set.of(DateKind.HOME_ANNIVERSARY))).hasSize(1);
	}

	@Test
	void anImpossibleStoredDayIsSkipped() {
		DatedFacts odd = contact("odd", Map.of("birthday", "2001-02-30"));
		assertThat(odd.days()).isEmpty();
	}

}
