package com.rootline.mail;

import java.time.ZonedDateTime;
import java.util.Map;

import com.rootline.graph.CypherQueries;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Whether mail can go out and what waits: {@code mailStatus} in the API and {@code mailQueue} on the
 * health endpoint (beside Spring Boot's {@code mail}, which checks the SMTP connection when one is
 * configured). Without an SMTP server the state is UNKNOWN rather than DOWN: the service works, its
 * messages wait.
 */
@Component("mailQueueHealthIndicator")
class MailStatus extends AbstractHealthIndicator {

	private final Neo4jClient neo4j;

	private final CypherQueries queries;

	private final OutboxSender sender;

	MailStatus(Neo4jClient neo4j, CypherQueries queries, OutboxSender sender) {
		this.neo4j = neo4j;
		this.queries = queries;
		this.sender = sender;
	}

	record Figures(boolean smtpConfigured, long queued, long failed, ZonedDateTime oldestQueuedAt) {
	}

	Figures figures() {
		Map<String, Object> row = neo4j.query(queries.get("mail/status")).fetch().one().orElseThrow();
		return new Figures(sender.configured(), (Long) row.get("queued"), (Long) row.get("failed"),
				(ZonedDateTime) row.get("oldestQueuedAt"));
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Figures figures = figures();
		(figures.smtpConfigured() ? builder.up() : builder.unknown())
			.withDetail("smtp", figures.smtpConfigured() ? "configured" : "not configured (spring.mail.host); messages wait")
			.withDetail("queued", figures.queued())
			.withDetail("failed", figures.failed());
		if (figures.oldestQueuedAt() != null) {
			builder.withDetail("oldestQueuedAt", figures.oldestQueuedAt().toString());
		}
	}

}
