package com.rootline.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.TimeZones;
import com.rootline.facts.CountedZone;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The health of the database, week by week: contacts added (by source), archived and erased, the
 * net, the weekly averages a broker compares with the 17 added and 7 removed of a top agent, and
 * the book as it is now. Weeks start on Monday in the deployment's time zone. Read from the book
 * counters the contact writers keep, or from the contacts themselves while the counters are being
 * counted in this zone ({@link CountedZone}).
 */
@Component
class DatabaseGrowth {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TimeZones zones;

	private final CountedZone countedZone;

	DatabaseGrowth(Neo4jClient neo4j, CypherQueries queries, TimeZones zones, CountedZone countedZone) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.zones = zones;
		this.countedZone = countedZone;
	}

	record BySource(long advertising, long referral, long partner, long none) {
	}

	record Week(LocalDate weekOf, long added, BySource addedBySource, long archived, long erased) {

		long net() {
			return added - archived - erased;
		}

	}

	record Book(long active, long inactive, long archived, long erased) {
	}

	record Result(LocalDate from, LocalDate to, List<Week> weeks, double addedPerWeek, double removedPerWeek,
			Book now) {
	}

	/** Whole weeks from {@code from}'s Monday to {@code to}'s Sunday, every week listed (see {@link Weeks}). */
	Result compute(LocalDate from, LocalDate to, String agentId) {
		Weeks window = Weeks.around(from, to);
		LocalDate first = window.first();
		LocalDate last = window.last();
		Map<String, Object> params = new HashMap<>();
		params.put("from", first);
		params.put("to", last);
		params.put("agentId", agentId);
		ZoneId zone = zones.deployment();
		params.put("zone", zone.getId());
		boolean counted = countedZone.countedIn(zone);
		Map<LocalDate, long[]> counts = new HashMap<>();
		String growth = counted ? "report/database-growth" : "report/database-growth-scan";
		neo4j.query(queries.get(growth)).bindAll(params).fetch().all().forEach(r -> {
			long[] c = counts.computeIfAbsent(LocalDate.parse((String) r.get("week")), w -> new long[6]);
			long n = (Long) r.get("n");
			switch ((String) r.get("event")) {
				case "ADDED" -> c[switch ((String) r.get("source")) {
					case "ADVERTISING" -> 0;
					case "REFERRAL" -> 1;
					case "PARTNER" -> 2;
					default -> 3;
				}] += n;
				case "ARCHIVED" -> c[4] += n;
				default -> c[5] += n;
			}
		});
		List<Week> list = new ArrayList<>();
		long added = 0;
		long removed = 0;
		for (LocalDate week = first; week.isBefore(last); week = week.plusWeeks(1)) {
			long[] c = counts.getOrDefault(week, new long[6]);
			list.add(new Week(week, c[0] + c[1] + c[2] + c[3], new BySource(c[0], c[1], c[2], c[3]), c[4], c[5]));
			added += c[0] + c[1] + c[2] + c[3];
			removed += c[4] + c[5];
		}
		Map<String, Object> owner = new HashMap<>();
		owner.put("agentId", agentId);
		String totals = counted ? "report/contact-totals" : "report/contact-totals-scan";
		Map<String, Object> book = neo4j.query(queries.get(totals))
			.bindAll(owner)
			.fetch()
			.one()
			.orElseThrow();
		return new Result(first, last, list, (double) added / list.size(), (double) removed / list.size(),
				new Book((Long) book.get("active"), (Long) book.get("inactive"), (Long) book.get("archived"),
						(Long) book.get("erased")));
	}

}
