package com.rootline.hygiene;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.rootline.contact.ContactNames;
import com.rootline.contact.ContactsWritten;
import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds the contacts each given contact may be the same person as and records the pairs, replacing
 * what was recorded for those contacts before: for a page of the scan job, and for every contact
 * as it is written (in the writer's transaction), so the list stays current between scans.
 */
@Component
class DuplicateFinder {

	/** How much each reason says on its own; several reasons combine as independent evidence. */
	enum Reason {

		SAME_EMAIL(0.9), SAME_PHONE(0.7), SAME_NAME_AND_BIRTHDAY(0.8), SIMILAR_NAME_SAME_ADDRESS(0.6);

		final double weight;

		Reason(double weight) {
			this.weight = weight;
		}

	}

	private record Found(String id, String firstName, String lastName, String otherId, String otherFirstName,
			String otherLastName, Reason reason, String value) {
	}

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	DuplicateFinder(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.queries = queries;
	}

	@EventListener
	void on(ContactsWritten written) {
		examine(written.ids());
	}

	/** Examines these contacts and records their pairs; returns how many pairs were recorded. */
	long examine(List<String> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		List<Found> found = List.copyOf(neo4j.query(queries.get("hygiene/candidates-of"))
			.bind(ids)
			.to("ids")
			.fetchAs(Found.class)
			.mappedBy((t, r) -> new Found(r.get("id").asString(), r.get("firstName").asString(null),
					r.get("lastName").asString(null), r.get("otherId").asString(), r.get("otherFirstName").asString(null),
					r.get("otherLastName").asString(null), Reason.valueOf(r.get("reason").asString()),
					r.get("value").asString()))
			.all());
		// Each pair once (from the lower id), with its reasons in a fixed order.
		Map<String, Map<Reason, String>> pairs = new LinkedHashMap<>();
		for (Found f : found) {
			if (f.reason() == Reason.SIMILAR_NAME_SAME_ADDRESS
					&& !ContactNames.agree(f.firstName(), f.lastName(), f.otherFirstName(), f.otherLastName())) {
				continue;
			}
			String a = f.id().compareTo(f.otherId()) < 0 ? f.id() : f.otherId();
			String b = a.equals(f.id()) ? f.otherId() : f.id();
			pairs.computeIfAbsent(a + "\n" + b, k -> new TreeMap<>()).putIfAbsent(f.reason(), f.value());
		}
		List<Pair> rows = new ArrayList<>();
		pairs.forEach((key, reasons) -> {
			String[] ab = key.split("\n");
			double score = score(reasons.keySet());
			rows.add(new Pair(ab[0], ab[1], List.copyOf(reasons.keySet()), List.copyOf(reasons.values()), score,
					sortKey(score, ab[0], ab[1])));
		});
		return neo4j.query(queries.get("hygiene/record-candidates"))
			.bindAll(Statements.parameters(new Candidates(ids, rows, OffsetDateTime.now(ZoneOffset.UTC))))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** The chance the pair is one person if each reason alone were independent evidence. */
	static double score(Collection<Reason> reasons) {
		double apart = 1;
		for (Reason r : reasons) {
			apart *= 1 - r.weight;
		}
		return Math.round((1 - apart) * 1000) / 1000.0;
	}

	/** Highest score first, then the ids: an ascending string. */
	static String sortKey(double score, String a, String b) {
		return String.format(Locale.ROOT, "%04d|%s|%s", 1000 - Math.round(score * 1000), a, b);
	}

	/** A pair of contacts that may be one person: why (reasons and the values they share), how likely, its order. */
	private record Pair(String a, String b, List<Reason> reasons, List<String> values, double score, String sortKey) {
	}

	private record Candidates(List<String> ids, List<Pair> pairs, OffsetDateTime now) {
	}

}
