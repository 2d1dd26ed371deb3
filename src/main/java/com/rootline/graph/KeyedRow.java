package com.rootline.graph;

import java.util.List;

/**
 * One row of a keyset-paginated list: the record's id and its key in the list's order, which the
 * page's cursor carries. Every list statement returns {@code id} and {@code k}.
 */
public record KeyedRow(String id, String key) {

	/** The rows of a named list statement. */
	public static List<KeyedRow> read(Statements statements, String name, Record parameters) {
		return statements.all(name, parameters, Column.class).stream().map(c -> new KeyedRow(c.id(), c.k())).toList();
	}

	private record Column(String id, String k) {
	}

}
