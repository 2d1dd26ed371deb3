package com.rootline.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.ApiException;
import com.rootline.api.ErrorCode;
import com.rootline.api.TimeZones;
import com.rootline.facts.CountedZone;
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;

/**
 * Deals created, put under contract and closed per month of a window, and the month-of-year
 * profile: for each calendar month, the average per year over the years of the window that
 * include it, which is what tells a busy April from a busy year. Months are the deployment's.
 */
@Component
class Seasonality {

	static final int MAX_MONTHS = 120;

	private final Statements statements;

	private final TimeZones zones;

	private final CountedZone countedZone;

	Seasonality(Statements statements, TimeZones zones, CountedZone countedZone) {
		this.statements = statements;
		this.zones = zones;
		this.countedZone = countedZone;
	}

	enum DealKind {

		PURCHASE, SALE, REFINANCE, OTHER

	}

	record Month(YearMonth month, long created, long underContract, long closed) {
	}

	record MonthOfYear(int month, int years, double created, double underContract, double closed) {
	}

	record Result(LocalDate from, LocalDate to, List<Month> months, List<MonthOfYear> profile) {
	}

	/**
	 * Whole months from {@code from}'s month to {@code to}'s, every month listed (zeros included).
	 * @throws ApiException VALIDATION_FAILED naming {@code to} when the window is reversed or longer
	 *     than ten years
	 */
	Result compute(LocalDate from, LocalDate to, String agentId, DealKind kind) {
		YearMonth first = YearMonth.from(from);
		YearMonth last = YearMonth.from(to);
		if (last.isBefore(first)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: is before from");
		}
		if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
			throw new ApiException(ErrorCode.VALIDATION_FAILED, "to: a window is at most " + MAX_MONTHS + " months");
		}
		ZoneId zone = zones.deployment();
		Window window = new Window(first.atDay(1), last.atEndOfMonth(), agentId, kind, zone.getId());
		Map<YearMonth, long[]> counts = new HashMap<>();
		String query = countedZone.countedIn(zone) ? "report/seasonality" : "report/seasonality-scan";
		statements.all(query, window, Counted.class).forEach(r -> {
			long[] c = counts.computeIfAbsent(YearMonth.parse(r.month()), m -> new long[3]);
			int i = switch (r.event()) {
				case "CREATED" -> 0;
				case "UNDER_CONTRACT" -> 1;
				default -> 2;
			};
			c[i] += r.n();
		});
		List<Month> months = new ArrayList<>();
		long[][] byMonthOfYear = new long[12][3];
		int[] years = new int[12];
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			long[] c = counts.getOrDefault(m, new long[3]);
			months.add(new Month(m, c[0], c[1], c[2]));
			int moy = m.getMonthValue() - 1;
			years[moy]++;
			for (int i = 0; i < 3; i++) {
				byMonthOfYear[moy][i] += c[i];
			}
		}
		List<MonthOfYear> profile = new ArrayList<>();
		for (int moy = 0; moy < 12; moy++) {
			if (years[moy] > 0) {
				profile.add(new MonthOfYear(moy + 1, years[moy], (double) byMonthOfYear[moy][0] / years[moy],
						(double) byMonthOfYear[moy][1] / years[moy], (double) byMonthOfYear[moy][2] / years[moy]));
			}
		}
		return new Result(first.atDay(1), last.atEndOfMonth(), months, profile);
	}

	private record Window(LocalDate from, LocalDate to, String agentId, DealKind kind, String zone) {
	}

	/** How many deals had an event (created, under contract, closed) in a month ("2026-03"). */
	private record Counted(String month, String event, long n) {
	}

}
