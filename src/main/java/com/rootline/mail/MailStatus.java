package com.rootline.mail;

import java.time.ZonedDateTime;

import com.rootline.graph.Statements;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether mail can go out and what waits: {@code mailStatus} in the API and {@code mailQueue} on the
 * health endpoint (beside Spring Boot's {@code mail}, which checks the SMTP connection when one is
 * configured). Without an SMTP server the state is UNKNOWN rather than DOWN: the service works, its
 * messages wait.
 */
@Component("mailQueueHealthIndicator")
class MailStatus extends AbstractHealthIndicator {

	private final Statements statements;

	private final OutboxSender sender;

	MailStatus(Statements statements, OutboxSender sender) {
		this.statements = statements;
		this.sender = sender;
	}

	record Figures(boolean smtpConfigured, long queued, long failed, ZonedDateTime oldestQueuedAt) {
	}

	Figures figures() {
		Queue queue = statements.one("mail/status", Queue.class).orElseThrow();
		return new Figures(sender.configured(), queue.queued(), queue.failed(), queue.oldestQueuedAt());
	}

	/** What waits in the outbox, and since when the oldest queued message has. */
	private record Queue(long queued, long failed, ZonedDateTime oldestQueuedAt) {
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
