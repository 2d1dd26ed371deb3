package com.rootline.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.TimeZones;
import com.rootline.facts.CountedZone;
import com.rootline.graph.Statements;
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

	private final Statements statements;

	private final TimeZones zones;

	private final CountedZone countedZone;

	DatabaseGrowth(Statements statements, TimeZones zones, CountedZone countedZone) {
		this.statements = statements;
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

	private record Window(LocalDate from, LocalDate to, String agentId, String zone) {
	}

	/** Contacts added (by source), archived or erased in a week. */
	private record Change(String week, String event, String source, long n) {
	}

	private record Owner(String agentId) {
	}

	/** Whole weeks from {@code from}'s Monday to {@code to}'s Sunday, every week listed (see {@link Weeks}). */
	Result compute(LocalDate from, LocalDate to, String agentId) {
		Weeks window = Weeks.around(from, to);
		LocalDate first = window.first();
		LocalDate last = window.last();
		ZoneId zone = zones.deployment();
		boolean counted = countedZone.countedIn(zone);
		Map<LocalDate, long[]> counts = new HashMap<>();
		String growth = counted ? "report/database-growth" : "report/database-growth-scan";
		statements.all(growth, new Window(first, last, agentId, zone.getId()), Change.class).forEach(r -> {
			long[] c = counts.computeIfAbsent(LocalDate.parse(r.week()), w -> new long[6]);
			long n = r.n();
			switch (r.event()) {
				case "ADDED" -> c[switch (r.source()) {
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
		String totals = counted ? "report/contact-totals" : "report/contact-totals-scan";
		Book book = statements.one(totals, new Owner(agentId), Book.class).orElseThrow();
		return new Result(first, last, list, (double) added / list.size(), (double) removed / list.size(), book);
	}

}
