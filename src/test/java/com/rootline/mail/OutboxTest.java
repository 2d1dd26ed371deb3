package com.rootline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.rootline.contact.Interactions;
import com.rootline.graph.Statements;
import com.rootline.support.IntegrationTest;
import com.rootline.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The outbox against a real SMTP server: a message written with its cause is sent once after
 * commit, survives a sender that died before or during sending, waits out an unreachable server,
 * and is never sent by two senders at once.
 */
class OutboxTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	OutboxSender sender;

	@Autowired
	Statements statements;

	@Autowired
	ObjectProvider<JavaMailSender> smtp;

	@Autowired
	Interactions interactions;

	@Autowired
	MailSettings settings;

	@Autowired
	PlatformTransactionManager transactions;

	private String key;

	@BeforeEach
	void site() {
		String outlet = ok(MARKETING, "mutation { createMediaOutlet(input: {mediaTypeId: \"media-type-internet\", "
				+ "name: \"homes-site\"}) { outlet { id } } }", Map.of()).at("createMediaOutlet.outlet.id").asString();
		String agent = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Ann Agent\", "
				+ "email: \"ann@brokerage.example\"}) { agent { id } } }", Map.of()).at("createAgent.agent.id").asString();
		ok(BROKER, "mutation($a: [ID!]!) { saveLeadRoute(input: {agentIds: $a}) { route { id } } }",
				args("a", List.of(agent)));
		key = ok(ADMIN, "mutation($o: ID!) { createLeadSite(input: {name: \"Homes\", outletId: $o, "
				+ "allowedOrigins: [\"https://homes.example\"]}) { site { publicKey } } }", args("o", outlet))
			.at("createLeadSite.site.publicKey").asString();
	}

	@AfterEach
	void resume() {
		sender.pause(false);
	}

	@Test
	void aMessageCommittedBeforeTheServiceDiedIsSentOnceWhenASenderRunsAgain() throws Exception {
		// The service "dies" between commit and send: its sender never runs.
		sender.pause(true);
		lead("Carla", "carla@example.com", "k-1");
		lead("Carla", "carla@example.com", "k-1");
		assertThat(statuses()).containsExactlyInAnyOrder("QUEUED", "QUEUED");
		assertThat(TestSmtp.received()).isEmpty();
		// The next instance's sender (a new owner) finds them at its poll.
		OutboxSender next = newSender();
		next.drain();
		next.drain();
		assertThat(statuses()).containsExactly("SENT", "SENT");
		assertThat(TestSmtp.to("carla@example.com")).hasSize(1);
		assertThat(TestSmtp.to("ann@brokerage.example")).hasSize(1);
	}

	@Test
	void aMessageWhoseSenderDiedMidSendIsTakenOverAfterItsLeaseWithTheSameMessageId() throws Exception {
		sender.pause(true);
		lead("Dana", "dana@example.com", null);
		String messageId;
		try (var session = driver.session()) {
			// A sender claimed the welcome and died before it could mark it: SENDING, lease running.
			messageId = session.run("""
					MATCH (m:OutboxMessage {kind: 'LEAD_WELCOME'})
					SET m.status = 'SENDING', m.leaseOwner = 'dead', m.leaseUntil = datetime() + duration('PT1S'),
					    m.attempts = 1
					RETURN m.messageId AS id""").single().get("id").asString();
		}
		OutboxSender next = newSender();
		next.drain();
		assertThat(TestSmtp.to("dana@example.com")).as("not while the dead sender's lease runs").isEmpty();
		Thread.sleep(1_200);
		next.drain();
		List<MimeMessage> received = TestSmtp.to("dana@example.com");
		assertThat(received).hasSize(1);
		assertThat(received.getFirst().getMessageID()).isEqualTo(messageId);
		assertThat(count("MATCH (m:OutboxMessage {kind: 'LEAD_WELCOME', status: 'SENT', attempts: 2}) RETURN count(m)"))
			.isEqualTo(1);
	}

	@Test
	void anUnreachableServerIsTriedAgainLaterAndAFailedMessageCanBeRetriedByABroker() throws Exception {
		sender.pause(true);
		TestSmtp.stop();
		try {
			lead("Eli", "eli@example.com", null);
			OutboxSender next = newSender();
			next.drain();
			try (var session = driver.session()) {
				var row = session.run("""
						MATCH (m:OutboxMessage {kind: 'LEAD_WELCOME'})
						RETURN m.status AS status, m.attempts AS attempts, m.lastError AS error,
						       m.nextAttemptAt > datetime() + duration('PT50S') AS later""").single();
				assertThat(row.get("status").asString()).isEqualTo("QUEUED");
				assertThat(row.get("attempts").asLong()).isEqualTo(1);
				assertThat(row.get("error").asString()).isNotBlank();
				assertThat(row.get("later").asBoolean()).as("back-off of a minute").isTrue();
			}
			// After the last attempt the message is FAILED and waits for a broker.
			try (var session = driver.session()) {
				session.run("MATCH (m:OutboxMessage) SET m.attempts = $max, m.nextAttemptAt = datetime()",
						Map.of("max", settings.maxAttempts())).consume();
			}
			next.drain();
			assertThat(statuses()).containsOnly("FAILED");
		}
		finally {
			TestSmtp.start();
		}
		String id = ok(BROKER, "{ outbox(filter: {status: FAILED, kind: LEAD_WELCOME}) { totalCount edges { node { id lastError } } } }",
				Map.of()).at("outbox.edges").get(0).at("/node/id").asString();
		assertThat(gql(AGENT, "mutation($id: ID!) { retryOutboxMessage(input: {id: $id}) { message { status } } }",
				args("id", id)).errorCode()).isEqualTo("FORBIDDEN");
		JsonNode retried = ok(BROKER, "mutation($id: ID!) { retryOutboxMessage(input: {id: $id}) { message { status attempts } "
				+ "userErrors { code } } }", args("id", id)).at("retryOutboxMessage.message");
		assertThat(retried.get("status").asString()).isEqualTo("QUEUED");
		assertThat(ok(BROKER, "mutation($id: ID!) { retryOutboxMessage(input: {id: $id}) { userErrors { code } } }",
				args("id", id)).at("retryOutboxMessage.userErrors").get(0).get("code").asString()).isEqualTo("WRONG_STATUS");
		newSender().drain();
		assertThat(TestSmtp.to("eli@example.com")).hasSize(1);
	}

	@Test
	void twoSendersDrainingTogetherSendEachMessageOnce() throws Exception {
		sender.pause(true);
		for (int i = 0; i < 15; i++) {
			lead("Lead" + i, "lead" + i + "@example.com", null);
		}
		OutboxSender a = newSender();
		OutboxSender b = newSender();
		CompletableFuture.allOf(CompletableFuture.runAsync(a::drain), CompletableFuture.runAsync(b::drain)).get();
		assertThat(statuses()).hasSize(30).containsOnly("SENT");
		assertThat(TestSmtp.received()).hasSize(30);
		assertThat(TestSmtp.received().stream().map(m -> {
			try {
				return m.getMessageID();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).distinct()).hasSize(30);
	}

	@Test
	void aContactErasedBeforeSendingGetsNothing() throws Exception {
		sender.pause(true);
		lead("Fay", "fay@example.com", null);
		String contactId = ok(BROKER, "{ contacts(filter: {search: \"Fay\"}) { edges { node { id } } } }", Map.of())
			.at("contacts.edges").get(0).at("/node/id").asString();
		ok(ADMIN, "mutation($id: ID!) { eraseContact(input: {id: $id}) { userErrors { code } } }", args("id", contactId));
		newSender().drain();
		assertThat(TestSmtp.to("fay@example.com")).isEmpty();
		assertThat(count("MATCH (m:OutboxMessage {kind: 'LEAD_WELCOME', status: 'SUPPRESSED'}) RETURN count(m)")).isEqualTo(1);
		assertThat(TestSmtp.to("ann@brokerage.example")).as("the agent's notification is not about a contact").hasSize(1);
	}

	@Test
	void theMailStatusAndHealthShowWhatWaits() throws Exception {
		sender.pause(true);
		lead("Gil", "gil@example.com", null);
		JsonNode status = ok(VIEWER, "{ mailStatus { smtpConfigured queued failed oldestQueuedAt } }", Map.of())
			.at("mailStatus");
		assertThat(status.get("smtpConfigured").asBoolean()).isTrue();
		assertThat(status.get("queued").asInt()).isEqualTo(2);
		assertThat(status.get("oldestQueuedAt").isNull()).isFalse();
		HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(http.uri("/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode queue = com.rootline.support.GraphQlHttp.JSON.readTree(health.body()).at("/components/mailQueue");
		assertThat(queue.get("status").asString()).isEqualTo("UP");
		assertThat(queue.at("/details/queued").asInt()).isEqualTo(2);
	}

	private OutboxSender newSender() {
		return new OutboxSender(statements, smtp, interactions, settings, transactions);
	}

	private List<String> statuses() {
		try (var session = driver.session()) {
			return session.run("MATCH (m:OutboxMessage) RETURN m.status AS s ORDER BY s").list(r -> r.get("s").asString());
		}
	}

	private void lead(String firstName, String email, String idempotencyKey) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.uri("/leads?key=" + key).toString()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"firstName\": \"" + firstName + "\", \"lastName\": \"Test\", \"email\": \"" + email + "\"}"));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
	}

}
