package com.rootline.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.rootline.contact.Interaction;
import com.rootline.contact.Interactions;
import com.rootline.graph.JobPoller;
import com.rootline.graph.Retries;
import com.rootline.graph.Statements;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. A batch of due messages is claimed in one transaction (status SENDING, a lease
 * naming this instance), each is handed to the SMTP server outside any transaction, and its outcome
 * is written in a transaction of its own: SENT (with an EMAIL interaction on the contact), back to
 * QUEUED with a growing delay after a transient failure, or FAILED with the server's reply.
 * <p>
 * A message is claimed by one sender at a time, so two instances never send it both. Only a sender
 * that dies after the server accepted a message and before SENT commits leaves it SENDING; after
 * the lease another sender sends it again, with the same Message-ID, which receiving servers use
 * to drop the repeat.
 */
@Component
class OutboxSender extends JobPoller {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final Statements statements;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Interactions interactions;

	private final MailSettings settings;

	private final TransactionTemplate transactions;

	private final String owner = UUID.randomUUID().toString();

	/** A test's hook: when set, the sender stops before handing the next message to the server. */
	private volatile boolean paused;

	/** A claimed message as the sender needs it: who it goes to, what it says, how often it was tried. */
	private record Outgoing(String id, String messageId, long attempts, Envelope envelope, Body body) {
	}

	private record Envelope(String fromName, String replyTo, String toAddress, String toName, String subject) {
	}

	/** The text, the HTML if any, and what the HTML's links are rewritten with as it is sent. */
	private record Body(String text, String html, String unsubscribeUrl, String trackingToken) {
	}

	private record Claim(String owner, long leaseSeconds, int batch) {
	}

	private record Claimed(Outgoing message) {
	}

	private record Lease(String id, String owner) {
	}

	private record Sent(String contactId, String subject, boolean logOnContact) {
	}

	private record Failure(String id, String owner, String status, String error, ZonedDateTime nextAttemptAt,
			boolean bounced) {
	}

	OutboxSender(Statements statements, ObjectProvider<JavaMailSender> mailSender, Interactions interactions,
			MailSettings settings, PlatformTransactionManager transactionManager) {
		super("rootline-outbox", settings.pollInterval());
		this.statements = statements;
		this.mailSender = mailSender;
		this.interactions = interactions;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Whether an SMTP server is configured ({@code spring.mail.host}); without one nothing is claimed. */
	boolean configured() {
		return mailSender.getIfAvailable() != null;
	}

	void pause(boolean paused) {
		this.paused = paused;
	}

	@Override
	public void drain() {
		JavaMailSender smtp = mailSender.getIfAvailable();
		if (smtp == null) {
			return;
		}
		try {
			List<Outgoing> batch;
			while (!paused && !(batch = claim()).isEmpty()) {
				for (Outgoing message : batch) {
					if (paused) {
						return;
					}
					send(smtp, message);
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("The outbox sender failed; it retries at the next poll", ex);
		}
	}

	private List<Outgoing> claim() {
		Claim claim = new Claim(owner, settings.lease().toSeconds(), settings.batchSize());
		return Retries.jobStep(4, attempt -> transactions.execute(tx -> statements
			.all("mail/outbox-claim", claim, Claimed.class)
			.stream()
			.map(Claimed::message)
			.toList()));
	}

	private void send(JavaMailSender smtp, Outgoing m) {
		String id = m.id();
		try {
			smtp.send(mime(smtp, m));
		}
		catch (MailException | MessagingException | UnsupportedEncodingException ex) {
			failed(id, m, ex);
			return;
		}
		Retries.jobStep(6, attempt -> transactions.execute(tx -> {
			Sent sent = statements.one("mail/outbox-sent", new Lease(id, owner), Sent.class).orElse(null);
			if (sent == null) {
				log.warn("Outbox message {} was taken over by another sender before it was marked sent", id);
			}
			else if (sent.logOnContact()) {
				interactions.log(new Interactions.Entry(sent.contactId(), Interaction.Kind.EMAIL,
						Interaction.Direction.OUTBOUND, null, "E-mail sent: " + sent.subject()));
			}
			return id;
		}));
	}

	private MimeMessage mime(JavaMailSender smtp, Outgoing m) throws MessagingException, UnsupportedEncodingException {
		MimeMessage mime = smtp.createMimeMessage();
		Envelope envelope = m.envelope();
		Body body = m.body();
		String html = body.html();
		if (html != null && body.trackingToken() != null) {
			html = TrackedHtml.tracked(html, body.unsubscribeUrl(), settings.base(), body.trackingToken());
		}
		MimeMessageHelper helper = new MimeMessageHelper(mime, html != null, StandardCharsets.UTF_8.name());
		helper.setFrom(new InternetAddress(settings.from(), envelope.fromName(), StandardCharsets.UTF_8.name()));
		if (envelope.replyTo() != null) {
			helper.setReplyTo(envelope.replyTo());
		}
		helper.setTo(new InternetAddress(envelope.toAddress(), envelope.toName(), StandardCharsets.UTF_8.name()));
		helper.setSubject(envelope.subject());
		if (html != null) {
			helper.setText(body.text(), html);
		}
		else {
			helper.setText(body.text());
		}
		mime.setHeader("Message-ID", m.messageId());
		if (body.unsubscribeUrl() != null) {
			// RFC 8058: mail clients show an unsubscribe button that POSTs here without a login.
			mime.setHeader("List-Unsubscribe", "<" + body.unsubscribeUrl() + ">");
			mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		return mime;
	}

	private void failed(String id, Outgoing m, Exception ex) {
		int attempts = (int) m.attempts();
		Integer code = replyCode(ex);
		// A message that cannot even be built (a bad address) is as final as a 5xx reply.
		boolean permanent = (code != null && code >= 500) || !(ex instanceof MailException);
		boolean bounced = permanent && hasCause(ex, SMTPAddressFailedException.class);
		boolean giveUp = permanent || attempts >= settings.maxAttempts();
		String error = (code == null ? "" : code + " ") + rootMessage(ex);
		Failure failure = new Failure(id, owner, giveUp ? "FAILED" : "QUEUED",
				error.length() > 2000 ? error.substring(0, 2000) : error,
				ZonedDateTime.now(ZoneOffset.UTC).plus(backOff(attempts)), bounced);
		log.info("Outbox message {} not sent (attempt {}, {}): {}", id, attempts, giveUp ? "failed" : "will retry", error);
		Retries.jobStep(6, attempt -> transactions.execute(tx -> {
			statements.run("mail/outbox-failed", failure);
			return id;
		}));
	}

	/** 1, 2, 4 … minutes, at most two hours. */
	static Duration backOff(int attempts) {
		return Duration.ofMinutes(Math.min(120, 1L << Math.min(7, Math.max(0, attempts - 1))));
	}

	private static Integer replyCode(Throwable ex) {
		for (Throwable t = ex; t != null; t = next(t)) {
			if (t instanceof SMTPAddressFailedException address) {
				return address.getReturnCode();
			}
			if (t instanceof SMTPSendFailedException send) {
				return send.getReturnCode();
			}
		}
		return null;
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable t = ex; t != null; t = next(t)) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/** Jakarta Mail chains the per-address failures with getNextException, not getCause. */
	private static Throwable next(Throwable t) {
		if (t instanceof org.springframework.mail.MailSendException send && !send.getFailedMessages().isEmpty()) {
			return send.getFailedMessages().values().iterator().next();
		}
		if (t instanceof MessagingException messaging && messaging.getNextException() != null
				&& messaging.getNextException() != t) {
			return messaging.getNextException();
		}
		return t.getCause() == t ? null : t.getCause();
	}

	private static String rootMessage(Throwable ex) {
		String message = ex.getMessage();
		for (Throwable t = ex; t != null; t = next(t)) {
			if (t.getMessage() != null) {
				message = t.getMessage();
			}
		}
		return message == null ? ex.getClass().getSimpleName() : message.strip();
	}

}
