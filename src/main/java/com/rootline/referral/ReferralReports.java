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
import com.rootline.graph.Statements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Trees, statistics and the leaderboard: each answered with a fixed number of queries, whatever the tree's size. */
@Component
class ReferralReports {

	private final Statements statements;

	private final ContactReader contacts;

	private final Parties parties;

	private final MoneyUnits money;

	ReferralReports(Statements statements, ContactReader contacts, Parties parties, MoneyUnits money) {
		this.statements = statements;
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

	/** A page of a tree: today's ({@code asOf} null) or a past date's. */
	private record TreeQuery(String rootId, LocalDate asOf, int maxDepth, String after, int limit, boolean withContacts) {
	}

	/** A node of a tree page; its contact's own properties when the query asked for them. */
	private record TreeRow(String id, String k, int depth, String parentId, LocalDate referredOn,
			Map<String, Object> contact) {
	}

	/** Today's page also counts the nodes it pages through. */
	private record TreePage(List<TreeRow> page, Long total) {
	}

	private record PartyAsOf(String id, String rootId, LocalDate asOf, int maxDepth) {
	}

	private record LevelNodes(int depth, long nodes) {
	}

	private record StatsRow(List<LevelCount> levels, Long valueMinor) {
	}

	/** What a leaderboard ranks referrers by: the people their trees brought, or those people's closed revenue. */
	enum Metric {

		COUNT, VALUE

	}

	private record Window(LocalDate from, LocalDate to, Metric by, LocalDate asOf, int limit) {
	}

	private record LeaderRow(String id, long referrals, Long valueMinor) {
	}

	private record Ids(List<String> ids) {
	}

	private record SummaryRow(String id, long direct, long descendants, Long valueMinor) {
	}

	/**
	 * A page of today's tree: one statement, bounded by the page (at most {@code limit} keys a
	 * level), so it runs as an auto-commit statement with no transaction around it (see ContactReader).
	 */
	TreeConnection treeNow(String rootId, int maxDepth, PageRequest page, ContactReader.Depth contactDepth) {
		String afterKey = page.after() == null ? null : Cursors.decode(page.after(), 1).getFirst();
		boolean withContacts = contactDepth == ContactReader.Depth.OWN;
		TreePage result = statements
			.one("referral/tree-now", new TreeQuery(rootId, null, maxDepth, afterKey, page.fetchSize(), withContacts),
					TreePage.class)
			.orElseThrow(() -> ApiException.notFound("Contact or partner", rootId));
		return connection(rootId, result.page(), contactDepth, withContacts, page, result.total(), null);
	}

	/** A page of the tree as it stood on a past date, walked from the referrals in force then. */
	@Transactional(readOnly = true)
	TreeConnection treeAsOf(String rootId, int maxDepth, PageRequest page, LocalDate asOf,
			ContactReader.Depth contactDepth) {
		String afterKey = page.after() == null ? null : Cursors.decode(page.after(), 1).getFirst();
		long[] levels = levelCounts(rootId, asOf);
		long total = 0;
		for (int d = 1; d <= Math.min(maxDepth, levels.length - 1); d++) {
			total += levels[d];
		}
		int depth = depthForPage(levels, maxDepth, afterKey, page.fetchSize());
		TreePage result = statements
			.one("referral/tree", new TreeQuery(rootId, asOf, depth, afterKey, page.fetchSize(), false), TreePage.class)
			.orElseThrow(() -> ApiException.notFound("Contact or partner", rootId));
		return connection(rootId, result.page(), contactDepth, false, page, total, asOf);
	}

	/**
	 * The page's rows as a connection, with their contacts from the rows or read in one query. A
	 * contact deleted between the page and that read is left out.
	 */
	private TreeConnection connection(String rootId, List<TreeRow> rows, ContactReader.Depth contactDepth,
			boolean contactsInRows, PageRequest page, long total, LocalDate asOf) {
		Map<String, Contact> byId = new HashMap<>();
		if (contactsInRows) {
			contacts.fromRecords(rows.stream().map(TreeRow::contact).toList()).forEach(c -> byId.put(c.id(), c));
		}
		else {
			byId.putAll(contacts.findAll(rows.stream().map(TreeRow::id).toList(), contactDepth));
		}
		Map<String, String> keys = new HashMap<>();
		List<TreeNode> nodes = new ArrayList<>();
		for (TreeRow row : rows) {
			Contact contact = byId.get(row.id());
			if (contact != null) {
				keys.put(contact.id(), row.k());
				nodes.add(new TreeNode(contact, row.depth(), row.parentId(), row.referredOn(), asOf));
			}
		}
		Connection<TreeNode> connection = Connection.of(nodes, page, n -> Cursors.encode(keys.get(n.contact().id())),
				total);
		return new TreeConnection(rootId, connection.edges(), connection.pageInfo(), connection.totalCount());
	}

	/** What a drawn tree shows on a node: how many are below it and the business they brought. */
	record SubtreeSummary(long direct, long descendants, BigDecimal businessValue) {
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
			statements.all("referral/subtree-summaries", new Ids(List.copyOf(contactIds)), SummaryRow.class)
				.forEach(row -> byId.put(row.id(),
						new SubtreeSummary(row.direct(), row.descendants(), money.fromMinor(row.valueMinor()))));
		}
		return byId;
	}

	/** Nodes per level on a past date, indexed by depth (index 0 unused): the edges in force then, walked. */
	private long[] levelCounts(String rootId, LocalDate asOf) {
		long[] levels = new long[21];
		statements.all("referral/level-counts", new PartyAsOf(rootId, rootId, asOf, 20), LevelNodes.class)
			.forEach(l -> levels[l.depth()] = l.nodes());
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
	Stats stats(String id, LocalDate asOf) {
		StatsRow row = statements
			.one(asOf == null ? "referral/stats-now" : "referral/stats", new PartyAsOf(id, id, asOf, 20), StatsRow.class)
			.orElseThrow(() -> ApiException.notFound("Contact or partner", id));
		List<LevelCount> levels = row.levels().stream().sorted(Comparator.comparingInt(LevelCount::depth)).toList();
		long total = levels.stream().mapToLong(LevelCount::count).sum();
		long direct = levels.isEmpty() || levels.getFirst().depth() != 1 ? 0 : levels.getFirst().count();
		int maxDepth = levels.isEmpty() ? 0 : levels.getLast().depth();
		return new Stats(id, direct, total, levels, maxDepth, money.fromMinor(row.valueMinor()));
	}

	@Transactional(readOnly = true)
	List<LeaderboardEntry> top(int first, LocalDate from, LocalDate to, Metric by, LocalDate asOf) {
		// All time is maintained per party (descendants, subtree value); other windows are counted.
		boolean allTime = from == null && to == null;
		String query = asOf != null ? "referral/top-referrers"
				: !allTime ? "referral/top-referrers-now"
						: by == Metric.COUNT ? "referral/top-descendants-now" : "referral/top-values-now";
		List<LeaderRow> rows = statements.all(query, new Window(from, to, by, asOf, first), LeaderRow.class);
		Map<String, Object> loaded = parties.load(rows.stream().map(LeaderRow::id).toList());
		List<LeaderboardEntry> entries = new ArrayList<>();
		for (LeaderRow r : rows) {
			entries.add(new LeaderboardEntry(entries.size() + 1, loaded.get(r.id()), r.referrals(),
					money.fromMinor(r.valueMinor())));
		}
		return entries;
	}

}
