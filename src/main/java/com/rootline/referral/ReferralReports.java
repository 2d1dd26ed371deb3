package com.rootline.referral;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rootline.api.ApiException;
import com.rootline.api.Connection;
import com.rootline.api.Cursors;
import com.rootline.api.MoneyUnits;
import com.rootline.api.PageRequest;
import com.rootline.contact.Contact;
import com.rootline.contact.ContactReader;
import com.rootline.graph.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Trees, statistics and the leaderboard: each answered with a fixed number of queries, whatever the tree's size. */
@Component
class ReferralReports {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final ContactReader contacts;

	private final Parties parties;

	private final MoneyUnits money;

	ReferralReports(Neo4jClient neo4j, CypherQueries queries, ContactReader contacts, Parties parties,
			MoneyUnits money) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.contacts = contacts;
		this.parties = parties;
		this.money = money;
	}

	/** A node of a tree page; {@code asOf} is the page's date, null for today's tree. */
	record TreeNode(Contact contact, int depth, String parentId, LocalDate referredOn, LocalDate asOf) {
	}

	/** A tree page; its {@code root} party is loaded only when asked for (see ReferralController). */
	record TreeConnection(String rootId, List<Connection.Edge<TreeNode>> edges, Connection.PageInfo pageInfo,
			long totalCount) {
	}

	record LevelCount(int depth, long count) {
	}

	record Stats(String id, long directCount, long totalDescendants, List<LevelCount> perLevel, int maxDepth,
			BigDecimal businessValue) {
	}

	record LeaderboardEntry(int rank, Object party, long referrals, BigDecimal value) {
	}

	/**
	 * A page of today's tree: one statement, bounded by the page (at most {@code limit} keys a
	 * level), so it runs as an auto-commit statement with no transaction around it (see ContactReader).
	 */
	@SuppressWarnings("unchecked")
	TreeConnection treeNow(String rootId, int maxDepth, PageRequest page, ContactReader.Depth contactDepth) {
		String afterKey = page.after() == null ? null : Cursors.decode(page.after(), 1).getFirst();
		Map<String, Object> params = new HashMap<>();
		params.put("rootId", rootId);
		params.put("maxDepth", maxDepth);
		params.put("after", afterKey);
		params.put("limit", page.fetchSize());
		params.put("withContacts", contactDepth == ContactReader.Depth.OWN);
		Map<String, Object> result = neo4j.query(queries.get("referral/tree-now"))
			.bindAll(params)
			.fetch()
			.one()
			.orElseThrow(() -> ApiException.notFound("Contact or partner", rootId));
		return connection(rootId, (List<Map<String, Object>>) result.get("page"), contactDepth,
				contactDepth == ContactReader.Depth.OWN, page, (Long) result.get("total"), null);
	}

	/** A page of the tree as it stood on a past date, walked from the referrals in force then. */
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	TreeConnection treeAsOf(String rootId, int maxDepth, PageRequest page, LocalDate asOf,
			ContactReader.Depth contactDepth) {
		String afterKey = page.after() == null ? null : Cursors.decode(page.after(), 1).getFirst();
		Map<String, Object> params = new HashMap<>();
		params.put("rootId", rootId);
		params.put("asOf", asOf);
		long[] levels = levelCounts(params);
		long total = 0;
		for (int d = 1; d <= Math.min(maxDepth, levels.length - 1); d++) {
			total += levels[d];
		}
		params.put("maxDepth", depthForPage(levels, maxDepth, afterKey, page.fetchSize()));
		params.put("after", afterKey);
		params.put("limit", page.fetchSize());
		Map<String, Object> result = neo4j.query(queries.get("referral/tree"))
			.bindAll(params)
			.fetch()
			.one()
			.orElseThrow(() -> ApiException.notFound("Contact or partner", rootId));
		return connection(rootId, (List<Map<String, Object>>) result.get("page"), contactDepth, false, page, total, asOf);
	}

	/**
	 * The page's rows as a connection, with their contacts from the rows or read in one query. A
	 * contact deleted between the page and that read is left out.
	 */
	@SuppressWarnings("unchecked")
	private TreeConnection connection(String rootId, List<Map<String, Object>> rows, ContactReader.Depth contactDepth,
			boolean contactsInRows, PageRequest page, long total, LocalDate asOf) {
		Map<String, Contact> byId = new HashMap<>();
		if (contactsInRows) {
			contacts.fromRecords(rows.stream().map(r -> (Map<String, Object>) r.get("contact")).toList())
				.forEach(c -> byId.put(c.id(), c));
		}
		else {
			byId.putAll(contacts.findAll(rows.stream().map(r -> (String) r.get("id")).toList(), contactDepth));
		}
		Map<String, String> keys = new HashMap<>();
		List<TreeNode> nodes = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Contact contact = byId.get((String) row.get("id"));
			if (contact != null) {
				keys.put(contact.id(), (String) row.get("k"));
				nodes.add(new TreeNode(contact, ((Long) row.get("depth")).intValue(), (String) row.get("parentId"),
						(LocalDate) row.get("referredOn"), asOf));
			}
		}
		Connection<TreeNode> connection = Connection.of(nodes, page, n -> Cursors.encode(keys.get(n.contact().id())),
				total);
		return new TreeConnection(rootId, connection.edges(), connection.pageInfo(), connection.totalCount());
	}

	/** What a drawn tree shows on a node: how many are below it and the business they brought. */
	record SubtreeSummary(long direct, long descendants, BigDecimal businessValue) {
	}

	private record SummaryRow(String id, SubtreeSummary summary) {
	}

	/**
	 * Today's subtree summaries of a page's nodes, in one query over the maintained facts; nodes of a
	 * past date's page get none (a past subtree would be a walk per node).
	 */
	Map<TreeNode, SubtreeSummary> subtreeSummaries(List<TreeNode> nodes) {
		List<TreeNode> current = nodes.stream().filter(n -> n.asOf() == null).toList();
		Map<String, SubtreeSummary> byId = subtreeSummaries(current.stream().map(n -> n.contact().id()).toList());
		Map<TreeNode, SubtreeSummary> result = new HashMap<>();
		current.forEach(n -> {
			SubtreeSummary summary = byId.get(n.contact().id());
			if (summary != null) {
				result.put(n, summary);
			}
		});
		return result;
	}

	/** Today's subtree summaries of these contacts, by id, in one query over the maintained facts. */
	Map<String, SubtreeSummary> subtreeSummaries(Collection<String> contactIds) {
		Map<String, SubtreeSummary> byId = new HashMap<>();
		if (!contactIds.isEmpty()) {
			neo4j.query(queries.get("referral/subtree-summaries"))
				.bind(List.copyOf(contactIds))
				.to("ids")
				.fetchAs(SummaryRow.class)
				.mappedBy((types, r) -> new SummaryRow(r.get("id").asString(), new SubtreeSummary(
						r.get("direct").asLong(), r.get("descendants").asLong(), money.fromMinor(r.get("valueMinor").asLong()))))
				.all()
				.forEach(row -> byId.put(row.id(), row.summary()));
		}
		return byId;
	}

	/** Nodes per level on a past date, indexed by depth (index 0 unused): the edges in force then, walked. */
	private long[] levelCounts(Map<String, Object> params) {
		long[] levels = new long[21];
		Map<String, Object> bound = new HashMap<>(params);
		bound.put("maxDepth", 20);
		neo4j.query(queries.get("referral/level-counts")).bindAll(bound).fetch().all().forEach(r -> {
			levels[((Long) r.get("depth")).intValue()] = (Long) r.get("nodes");
		});
		return levels;
	}

	/**
	 * The shallowest depth that holds a whole page after the cursor. Levels after the cursor's own
	 * level are counted only, since it is not known how much of the cursor's level is left; a page
	 * therefore never orders more of the tree than the levels it may show. A page of today's tree
	 * applies the same rule inside its statement, to the maintained counts (tree-now.cypher).
	 */
	static int depthForPage(long[] levels, int maxDepth, String afterKey, int needed) {
		int from = afterKey == null ? 1 : Integer.parseInt(afterKey.substring(0, 2));
		long available = afterKey == null ? levels[from] : 0;
		int depth = from;
		while (available < needed && depth < maxDepth) {
			depth++;
			available += depth < levels.length ? levels[depth] : 0;
		}
		return Math.min(depth, maxDepth);
	}

	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	Stats stats(String id, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("rootId", id);
		params.put("maxDepth", 20);
		params.put("asOf", asOf);
		Map<String, Object> row = neo4j.query(queries.get(asOf == null ? "referral/stats-now" : "referral/stats"))
			.bindAll(params)
			.fetch()
			.one()
			.orElseThrow(() -> ApiException.notFound("Contact or partner", id));
		List<LevelCount> levels = ((List<Map<String, Object>>) row.get("levels")).stream()
			.map(l -> new LevelCount(((Long) l.get("depth")).intValue(), (Long) l.get("count")))
			.sorted(Comparator.comparingInt(LevelCount::depth))
			.toList();
		long total = levels.stream().mapToLong(LevelCount::count).sum();
		long direct = levels.isEmpty() || levels.getFirst().depth() != 1 ? 0 : levels.getFirst().count();
		int maxDepth = levels.isEmpty() ? 0 : levels.getLast().depth();
		return new Stats(id, direct, total, levels, maxDepth, money.fromMinor((Long) row.get("valueMinor")));
	}

	@Transactional(readOnly = true)
	List<LeaderboardEntry> top(int first, LocalDate from, LocalDate to, String by, LocalDate asOf) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		params.put("by", by);
		params.put("asOf", asOf);
		params.put("limit", first);
		// All time is maintained per party (descendants, subtree value); other windows are counted.
		boolean allTime = from == null && to == null;
		String query = asOf != null ? "referral/top-referrers"
				: !allTime ? "referral/top-referrers-now"
						: by.equals("COUNT") ? "referral/top-descendants-now" : "referral/top-values-now";
		List<Map<String, Object>> rows = List.copyOf(neo4j.query(queries.get(query))
			.bindAll(params)
			.fetch()
			.all());
		Map<String, Object> loaded = parties.load(rows.stream().map(r -> (String) r.get("id")).toList());
		List<LeaderboardEntry> entries = new ArrayList<>();
		for (Map<String, Object> r : rows) {
			entries.add(new LeaderboardEntry(entries.size() + 1, loaded.get((String) r.get("id")),
					(Long) r.get("referrals"), money.fromMinor((Long) r.get("valueMinor"))));
		}
		return entries;
	}

}
