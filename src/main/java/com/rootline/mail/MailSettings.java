package com.rootline.mail;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Rootline sends. Messages go out From the brokerage's sending address with the agent's name
 * (the address its SPF and DKIM cover) and Reply-To the agent. {@code publicUrl} is where recipients
 * reach this service: unsubscribe links point there, and so do the open pixel and the links of an HTML
 * message to a contact when {@code trackEngagement} is on (see {@link TrackedHtml}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} nothing is sent and messages wait, QUEUED.
 */
@ConfigurationProperties("rootline.mail")
public record MailSettings(@DefaultValue("rootline@localhost") String from,
		@DefaultValue("Rootline") String brokerage, @DefaultValue("http://localhost:8080") URI publicUrl,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("120s") Duration lease,
		@DefaultValue("8") int maxAttempts, @DefaultValue("50") int batchSize,
		@DefaultValue("600") int campaignMessagesPerMinute, @DefaultValue("true") boolean trackEngagement) {

	/** The domain of the sending address, for Message-IDs. */
	String domain() {
		int at = from.lastIndexOf('@');
		return at < 0 ? "localhost" : from.substring(at + 1);
	}

	public String unsubscribeUrl(String token) {
		return base() + "/unsubscribe/" + token;
	}

	/** {@code publicUrl} without a trailing slash. */
	String base() {
		String base = publicUrl.toString();
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

}
