package com.rootline.mail;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import com.rootline.graph.CypherQueries;
import com.rootline.graph.Statements;
import com.rootline.graph.Retries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens and clicks of tracked messages (see {@link TrackedHtml}), recorded on the message and on its
 * contact (mail/record-engagement.cypher). Each is one transaction, run again after a deadlock or a
 * timeout as every write nobody can resubmit by hand is ({@link Retries#jobStep}).
 */
@Component
class Engagements {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final TransactionTemplate transactions;

	Engagements(Neo4jClient neo4j, CypherQueries queries, PlatformTransactionManager transactionManager) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Records an open of the message with this token; nothing for a token that is not one of ours. */
	void opened(String token) {
		Retries.jobStep(3, attempt -> transactions.execute(tx -> record(token, false)));
	}

	/**
	 * The web link {@code n} of the message with this token, its click recorded; empty (and nothing
	 * recorded) when there is no such message or link.
	 */
	Optional<String> clicked(String token, int n) {
		return Retries.jobStep(3, attempt -> transactions.execute(tx -> {
			record MessageLinks(String html, String unsubscribeUrl) {
			}
			Optional<String> link = neo4j.query(queries.get("mail/tracked-message"))
				.bind(token)
				.to("token")
				.fetchAs(MessageLinks.class)
				.mappedBy((t, r) -> new MessageLinks(r.get("html").asString(null), r.get("unsubscribeUrl").asString(null)))
				.one()
				.filter(m -> m.html() != null)
				.map(m -> TrackedHtml.links(m.html(), m.unsubscribeUrl()))
				.filter(links -> n >= 0 && n < links.size())
				.map(links -> links.get(n));
			if (link.isPresent()) {
				record(token, true);
			}
			return link;
		}));
	}

	private Void record(String token, boolean click) {
		neo4j.query(queries.get("mail/record-engagement"))
			.bindAll(Statements.parameters(new Seen(token, click, ZonedDateTime.now(ZoneOffset.UTC))))
			.run();
		return null;
	}

	/** A tracked message opened (or a link in it clicked), by its token. */
	private record Seen(String token, boolean click, ZonedDateTime now) {
	}

}
