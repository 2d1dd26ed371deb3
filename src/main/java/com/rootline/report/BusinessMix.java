package com.rootline.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.ApiException;
import com.rootline.api.MoneyUnits;
import com.rootline.api.TimeZones;
import com.rootline.facts.CountedZone;
import com.rootline.graph.Statements;
import com.rootline.marketing.MediaType;
import org.springframework.stereotype.Component;

/**
 * Where the closed revenue of a window came from: repeat clients, referrals (by the generation of
 * the tree the client stands in), advertising (by media type), partners, or nobody recorded. Every
 * deal is credited once, whole, to its primary client (see business-mix.cypher), so the shares add
 * up to the whole. Origins are today's: a corrected origin moves past revenue with it. Read from the
 * business mix counters the deal and contact writers keep, or from the deals while the counters
 * are being counted ({@link CountedZone}).
 */
@Component
class BusinessMix {

	static final int MAX_YEARS = 10;

	enum Source {

		REPEAT_CLIENT, REFERRAL, ADVERTISING, PARTNER, DIRECT

	}

	/** Deals, their revenue, and its share of the window's revenue. */
	record Slice(long deals, BigDecimal revenue, double share) {
	}

	record SourceSlice(Source source, long deals, BigDecimal revenue, double share) {

		SourceSlice(Source source, Slice s) {
			this(source, s.deals(), s.revenue(), s.share());
		}

	}

	record GenerationSlice(int generation, long deals, BigDecimal revenue, double share) {

		GenerationSlice(int generation, Slice s) {
			this(generation, s.deals(), s.revenue(), s.share());
		}

	}

	record MediaTypeSlice(MediaType mediaType, long deals, BigDecimal revenue, double share) {

		MediaTypeSlice(MediaType mediaType, Slice s) {
			this(mediaType, s.deals(), s.revenue(), s.share());
		}

	}

	record Result(LocalDate from, LocalDate to, long closedDeals, BigDecimal revenue, List<SourceSlice> sources,
			List<GenerationSlice> referralGenerations, List<MediaTypeSlice> advertising) {
	}

	private record Window(LocalDate from, LocalDate to, String agentId) {
	}

	private record Row(Source source, Integer generation, MediaType mediaType, long deals, long revenueMinor) {
	}

	private final Statements statements;

	private final MoneyUnits money;

	private final TimeZones zones;

	private final CountedZone countedZone;

	BusinessMix(Statements statements, MoneyUnits money, TimeZones zones, CountedZone countedZone) {
		this.statements = statements;
		this.money = money;
		this.zones = zones;
		this.countedZone = countedZone;
	}

	/**
	 * @throws ApiException VALIDATION_FAILED naming {@code to} when the window is reversed or longer
	 *     than ten years
	 */
	Result compute(LocalDate from, LocalDate to, String agentId) {
		Windows.check(from, to, MAX_YEARS);
		String query = countedZone.countedIn(zones.deployment()) ? "report/business-mix" : "report/business-mix-scan";
		List<Row> rows = statements.all(query, new Window(from, to, agentId), Row.class);
		long totalMinor = rows.stream().mapToLong(Row::revenueMinor).sum();
		long totalDeals = rows.stream().mapToLong(Row::deals).sum();
		List<SourceSlice> sources = new ArrayList<>();
		for (Source source : Source.values()) {
			List<Row> of = rows.stream().filter(r -> r.source() == source).toList();
			sources.add(new SourceSlice(source, slice(of, totalMinor)));
		}
		Map<Integer, List<Row>> byGeneration = new HashMap<>();
		Map<String, List<Row>> byType = new HashMap<>();
		for (Row r : rows) {
			if (r.source() == Source.REFERRAL && r.generation() != null) {
				byGeneration.computeIfAbsent(r.generation(), g -> new ArrayList<>()).add(r);
			}
			if (r.source() == Source.ADVERTISING && r.mediaType() != null) {
				byType.computeIfAbsent(r.mediaType().id(), t -> new ArrayList<>()).add(r);
			}
		}
		List<GenerationSlice> generations = byGeneration.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new GenerationSlice(e.getKey(), slice(e.getValue(), totalMinor)))
			.toList();
		List<MediaTypeSlice> advertising = byType.values()
			.stream()
			.map(of -> new MediaTypeSlice(of.getFirst().mediaType(), slice(of, totalMinor)))
			.sorted(Comparator.comparing(MediaTypeSlice::revenue).reversed()
				.thenComparing(s -> s.mediaType().name()))
			.toList();
		return new Result(from, to, totalDeals, money.fromMinor(totalMinor), sources, generations, advertising);
	}

	private Slice slice(List<Row> rows, long totalMinor) {
		long deals = rows.stream().mapToLong(Row::deals).sum();
		long minor = rows.stream().mapToLong(Row::revenueMinor).sum();
		return new Slice(deals, money.fromMinor(minor), totalMinor == 0 ? 0 : (double) minor / totalMinor);
	}

}
