package com.rootline.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Every contact matching a {@link ContactFilter}, for exports: the matching ids stream from one
 * query in id order and the contacts load a page at a time, so an export of a million contacts
 * holds one page in memory, never the result.
 */
@Component
public class ContactStream {

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final CypherQueries queries;

	private final ContactSearch search;

	private final ContactReader reader;

	private final SearchIndex searchIndex;

	ContactStream(Driver driver, DatabaseSelectionProvider databases, CypherQueries queries, ContactSearch search,
			ContactReader reader, SearchIndex searchIndex) {
		this.driver = driver;
		this.databases = databases;
		this.queries = queries;
		this.search = search;
		this.reader = reader;
		this.searchIndex = searchIndex;
	}

	/**
	 * Checks the filter now, so that a bad one is answered before a response starts streaming.
	 * @throws com.rootline.api.ApiException VALIDATION_FAILED, naming the filter field
	 */
	public Matching matching(ContactFilter filter) {
		return new Matching(search.params(filter == null ? ContactFilter.NONE : filter));
	}

	/** The contacts of a checked filter. */
	public final class Matching {

		private final FilterParameters filter;

		private Matching(FilterParameters filter) {
			this.filter = filter;
		}

		/**
		 * The parameters of {@code contact/_matching}, for another feature's query that includes it
		 * and runs in that feature's transaction (a campaign freezing its recipients); the search
		 * index has caught up with every committed write when they are returned.
		 */
		public FilterParameters parameters() {
			searchIndex.awaitWritesBefore(filter);
			return filter;
		}

		/** Contacts in id order, {@code pageSize} at a time. */
		public void forEachPage(int pageSize, Consumer<List<Contact>> page) {
			forEachRow("contact/matching-ids", pageSize, r -> true, page);
		}

		/** A read session that streams {@code pageSize} rows at a time, once the search index has caught up. */
		private Session readSession(int pageSize) {
			searchIndex.awaitWritesBefore(filter);
			return driver.session(SessionConfig.builder()
				.withDatabase(databases.getDatabaseSelection().getValue())
				.withDefaultAccessMode(AccessMode.READ)
				.withFetchSize(pageSize)
				.build());
		}

		/** How many contacts match, counted without streaming them (a job's total for its progress). */
		public long count() {
			try (Session session = readSession(1)) {
				return session.run(queries.get("contact/count"), Statements.parameters(filter)).single().get("total").asLong();
			}
		}

		/** The ids of the matching contacts in id order, {@code pageSize} at a time, without loading them. */
		public void forEachIdPage(int pageSize, Consumer<List<String>> page) {
			try (Session session = readSession(pageSize)) {
				Result result = session.run(queries.get("contact/matching-ids"), Statements.parameters(filter));
				List<String> ids = new ArrayList<>(pageSize);
				while (result.hasNext()) {
					ids.add(result.next().get("id").asString());
					if (ids.size() == pageSize) {
						page.accept(List.copyOf(ids));
						ids.clear();
					}
				}
				if (!ids.isEmpty()) {
					page.accept(List.copyOf(ids));
				}
			}
		}

		/**
		 * Runs a query that includes {@code contact/_matching} and returns {@code id} among its
		 * columns; {@code pageBreak} says whether a page may end before the given row (exports that
		 * keep a household together use it).
		 */
		public void forEachRow(String query, int pageSize, Predicate<Record> pageBreak,
				Consumer<List<Contact>> page) {
			try (Session session = readSession(pageSize)) {
				Result result = session.run(queries.get(query), Statements.parameters(filter));
				List<String> ids = new ArrayList<>(pageSize);
				while (result.hasNext()) {
					Record row = result.next();
					if (ids.size() >= pageSize && pageBreak.test(row)) {
						page.accept(List.copyOf(reader.findAll(ids).values()));
						ids.clear();
					}
					ids.add(row.get("id").asString());
				}
				if (!ids.isEmpty()) {
					page.accept(List.copyOf(reader.findAll(ids).values()));
				}
			}
		}

	}

}
