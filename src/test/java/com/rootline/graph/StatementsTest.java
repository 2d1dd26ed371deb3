package com.rootline.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

/** Records in and out of named statements, without a server: the driver's own values stand in for rows. */
class StatementsTest {

	enum Stage {
		LEAD, CLOSED
	}

	record Range(LocalDate from, LocalDate to) {
	}

	record Query(String id, int limit, Stage stage, Range range, List<Range> ranges, List<Stage> stages, String note) {
	}

	record Level(int depth, long count) {
	}

	record Row(String id, long total, Integer missing, double share, boolean closed, LocalDate on, ZonedDateTime at,
			Stage stage, List<String> ids, List<Level> levels, Level top, List<LocalDate> none) {
	}

	@Test
	void aRecordsComponentsAreItsParametersByName() {
		LocalDate day = LocalDate.of(2026, 3, 1);
		Map<String, Object> parameters = Statements.parameters(new Query("c1", 20, Stage.CLOSED, new Range(day, day.plusDays(1)),
				List.of(new Range(day, null)), List.of(Stage.LEAD), null));
		Map<String, Object> range = new HashMap<>();
		range.put("from", day);
		range.put("to", null);
		assertThat(parameters).containsEntry("id", "c1")
			.containsEntry("limit", 20)
			.containsEntry("stage", "CLOSED")
			.containsEntry("range", Map.of("from", day, "to", day.plusDays(1)))
			.containsEntry("ranges", List.of(range))
			.containsEntry("stages", List.of("LEAD"))
			.containsEntry("note", null)
			.hasSize(7);
		// The driver takes them as they are.
		assertThat(Values.value(parameters).get("range").get("to").asLocalDate()).isEqualTo(day.plusDays(1));
	}

	record Filter(String group, Stage stage, Page page) implements Statements.Inline {
	}

	record Page(int limit, String after) implements Statements.Inline {
	}

	record Listing(Filter filter, String order, List<Filter> others) {
	}

	@Test
	void anInlineComponentsParametersStandBesideTheOthersAtAnyDepth() {
		Filter filter = new Filter("Past Clients", Stage.LEAD, new Page(20, "k"));
		Map<String, Object> parameters = Statements.parameters(new Listing(filter, "NAME", List.of(filter)));
		assertThat(parameters).containsEntry("group", "Past Clients")
			.containsEntry("stage", "LEAD")
			.containsEntry("limit", 20)
			.containsEntry("after", "k")
			.containsEntry("order", "NAME")
			.doesNotContainKeys("filter", "page")
			.hasSize(6);
		assertThat(parameters.get("others")).as("a list item is one map, with its inline parts flattened into it")
			.isEqualTo(List.of(Map.of("group", "Past Clients", "stage", "LEAD", "limit", 20, "after", "k")));
	}

	record Job(String id, Page page, Progress progress) {
	}

	record Progress(String id, long processed) implements Statements.Inline {
	}

	@Test
	void aParameterGivenTwiceIsRefusedRatherThanReplaced() {
		assertThatThrownBy(() -> Statements.parameters(new Job("job-1", new Page(1, "k"), new Progress("other", 3))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("id twice");
	}

	@Test
	void aMapAQueryReturnedWholeFillsARecord() {
		Map<String, Object> node = new HashMap<>();
		node.put("depth", 2L);
		node.put("count", 7L);
		node.put("unread", "a property the record does not name");
		assertThat(Statements.row(node, Level.class)).isEqualTo(new Level(2, 7));
	}

	@Test
	void aRowFillsARecordByColumnName() {
		ZonedDateTime at = ZonedDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);
		Map<String, Object> columns = new HashMap<>();
		columns.put("id", "c1");
		columns.put("total", 42L);
		columns.put("missing", null);
		columns.put("share", 0.25);
		columns.put("closed", true);
		columns.put("on", LocalDate.of(2026, 3, 1));
		columns.put("at", at);
		columns.put("stage", "LEAD");
		columns.put("ids", List.of("a", "b"));
		columns.put("levels", List.of(Map.of("depth", 1L, "count", 3L), Map.of("depth", 2L, "count", 5L)));
		columns.put("top", Map.of("depth", 1L, "count", 3L));
		columns.put("none", null);
		Value row = Values.value(columns);
		assertThat(Statements.row(row::get, Row.class)).isEqualTo(new Row("c1", 42, null, 0.25, true,
				LocalDate.of(2026, 3, 1), at, Stage.LEAD, List.of("a", "b"), List.of(new Level(1, 3), new Level(2, 5)),
				new Level(1, 3), List.of()));
	}

	@Test
	void aNullWhereANumberMustBeIsRefused() {
		Value row = Values.value(Map.of("depth", 1L));
		assertThatThrownBy(() -> Statements.row(row::get, Level.class)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("null");
	}

}
