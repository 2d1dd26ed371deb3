package com.rootline.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.rootline.agent.AgentReader;
import com.rootline.graph.Statements;
import com.rootline.mail.EmailTemplates;
import com.rootline.mail.MailSettings;
import com.rootline.mail.Outbox;
import com.rootline.support.IntegrationTest;
import com.rootline.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * A campaign from preview to the last message, against a real SMTP server: the exact count, the
 * refused stale count, a runner that dies mid-campaign and one that takes over, every recipient
 * receiving exactly one message with its one-click unsubscribe, and no message to anyone who may not
 * receive it.
 */
class CampaignTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	CampaignRunner runner;

	@Autowired
	Statements statements;

	@Autowired
	EmailTemplates templates;

	@Autowired
	AgentReader agents;

	@Autowired
	Outbox outbox;

	@Autowired
	MailSettings settings;

	@Autowired
	PlatformTransactionManager transactions;

	private String templateId;

	private String signer;

	private final List<String> recipients = new ArrayList<>();

	@BeforeEach
	void audience() {
		runner.pause(true);
		signer = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: AGENT, name: \"Ann Agent\", "
				+ "email: \"ann@brokerage.example\", signature: \"Ann, your neighbourhood agent\"}) { agent { id } } }",
				Map.of()).at("createAgent.agent.id").asString();
		templateId = ok(BROKER, """
				mutation { saveEmailTemplate(input: {name: "Spring update", purpose: CAMPAIGN,
				  subject: "Spring market update for {{firstName}}",
				  text: "Hi {{firstName}},\\nprices rose 3%.\\n{{agentSignature}}",
				  html: "<p>Hi <b>{{firstName}}</b>, prices rose 3%.</p>"}) { template { id } userErrors { code message } } }""",
				Map.of()).at("saveEmailTemplate.template.id").asString();
		recipients.clear();
		// One request for all the contacts and one for their consents: the set-up is most of this class's time.
		List<String> names = new ArrayList<>();
		StringBuilder create = new StringBuilder("mutation {");
		for (int i = 0; i < 12; i++) {
			names.add("R" + i);
		}
		names.addAll(List.of("NoConsent", "Unsub", "Archived", "Bounced", "NoAddress"));
		for (String name : names) {
			String emails = name.equals("NoAddress") ? "[]" : "[{address: \"" + name.toLowerCase() + "@example.com\"}]";
			create.append(' ').append(name).append(": createContact(input: {firstName: \"").append(name)
				.append("\", lastName: \"Sphere\", emails: ").append(emails)
				.append(", groups: [\"Sphere\"]}) { contact { id } }");
		}
		JsonNode created = ok(AGENT, create.append(" }").toString(), Map.of()).json().get("data");
		Map<String, String> ids = new java.util.HashMap<>();
		names.forEach(n -> ids.put(n, created.at("/" + n + "/contact/id").asString()));
		names.subList(0, 12).forEach(n -> recipients.add(ids.get(n)));
		StringBuilder consents = new StringBuilder("mutation {");
		for (String name : names) {
			if (!name.equals("NoConsent")) {
				consents.append(' ').append(name).append(": setEmailConsent(input: {contactId: \"").append(ids.get(name))
					.append("\", consent: true}) { userErrors { code } }");
			}
		}
		ok(AGENT, consents.append(" }").toString(), Map.of());
		consent(ids.get("Unsub"), false);
		ok(AGENT, "mutation($id: ID!) { archiveContact(input: {id: $id}) { userErrors { code } } }",
				args("id", ids.get("Archived")));
		try (var session = driver.session()) {
			session.run("MATCH (c:Contact {id: $id}) SET c.emailBouncedAt = datetime()", Map.of("id", ids.get("Bounced")))
				.consume();
		}
	}

	@AfterEach
	void resume() {
		runner.pause(false);
	}

	private void consent(String contactId, boolean consent) {
		ok(AGENT, "mutation($c: ID!, $v: Boolean!) { setEmailConsent(input: {contactId: $c, consent: $v}) "
				+ "{ userErrors { code } } }", args("c", contactId, "v", consent));
	}

	private String create(String group) {
		return ok(MARKETING, "mutation($t: ID!, $g: String, $s: ID) { createCampaign(input: {name: \"Spring\", templateId: $t, "
				+ "segment: {group: $g}, signedById: $s}) { campaign { id status } userErrors { code field } } }",
				args("t", templateId, "g", group, "s", signer))
			.at("createCampaign.campaign.id").asString();
	}

	@Test
	void thePreviewIsExactAndAStartWithAStaleCountIsRefusedWithNothingFrozen() {
		String id = create("Sphere");
		JsonNode preview = ok(MARKETING, "query($id: ID!) { previewCampaign(id: $id) { segmentCount recipientCount "
				+ "suppressedCount firstRecipients { id firstName } sample { to subject text html } } }", args("id", id))
			.at("previewCampaign");
		assertThat(preview.get("segmentCount").asInt()).as("archived contacts are outside a filter's default").isEqualTo(16);
		assertThat(preview.get("recipientCount").asInt()).isEqualTo(12);
		assertThat(preview.get("suppressedCount").asInt()).isEqualTo(4);
		assertThat(preview.get("firstRecipients")).hasSize(10);
		String first = recipients.stream().sorted().findFirst().orElseThrow();
		assertThat(preview.at("/firstRecipients/0/id").asString()).isEqualTo(first);
		String firstName = preview.at("/firstRecipients/0/firstName").asString();
		assertThat(preview.at("/sample/subject").asString()).isEqualTo("Spring market update for " + firstName);
		assertThat(preview.at("/sample/text").asString()).contains("Ann, your neighbourhood agent")
			.contains("To receive no more of these e-mails: https://rootline.example/unsubscribe/");
		assertThat(preview.at("/sample/html").asString()).contains("<b>" + firstName + "</b>").contains("Unsubscribe");

		JsonNode refused = ok(MARKETING, "mutation($id: ID!) { startCampaign(input: {id: $id, confirmRecipientCount: 13}) "
				+ "{ campaign { id } userErrors { code field message } } }", args("id", id)).at("startCampaign.userErrors");
		assertThat(refused.get(0).get("code").asString()).isEqualTo("COUNT_MISMATCH");
		assertThat(refused.get(0).get("field").toString()).isEqualTo("[\"input\",\"confirmRecipientCount\"]");
		assertThat(count("MATCH (r:CampaignRecipient) RETURN count(r)")).isZero();
		assertThat(ok(VIEWER, "query($id: ID!) { campaign(id: $id) { status } }", args("id", id)).at("campaign.status")
			.asString()).isEqualTo("DRAFT");

		String empty = create("Nobody");
		assertThat(ok(MARKETING, "mutation($id: ID!) { startCampaign(input: {id: $id, confirmRecipientCount: 0}) "
				+ "{ userErrors { code } } }", args("id", empty)).at("startCampaign.userErrors").get(0).get("code").asString())
			.isEqualTo("EMPTY_SEGMENT");
		JsonNode list = ok(VIEWER, "{ campaigns { totalCount edges { node { name status template { name } signedBy { name } } } } }",
				Map.of()).at("campaigns");
		assertThat(list.get("totalCount").asInt()).isEqualTo(2);
		assertThat(list.at("/edges/0/node/template/name").asString()).isEqualTo("Spring update");
		assertThat(list.at("/edges/1/node/signedBy/name").asString()).isEqualTo("Ann Agent");
		assertThat(gql(AGENT, "mutation($id: ID!) { startCampaign(input: {id: $id, confirmRecipientCount: 12}) "
				+ "{ userErrors { code } } }", args("id", id)).errorCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void aTestEmailGoesToTheCallersAgentOrToAGivenAddress() {
		String id = create("Sphere");
		JsonNode sent = ok(MARKETING, "mutation($id: ID!) { sendTestEmail(input: {campaignId: $id, to: \"me@brokerage.example\"}) "
				+ "{ message { kind status } userErrors { code } } }", args("id", id)).at("sendTestEmail.message");
		assertThat(sent.get("kind").asString()).isEqualTo("TEST");
		awaitOutboxSettled();
		List<MimeMessage> received = TestSmtp.to("me@brokerage.example");
		assertThat(received).hasSize(1);
		assertThat(subject(received.getFirst())).startsWith("[TEST] Spring market update for ");
		assertThat(ok(MARKETING, "mutation($id: ID!) { sendTestEmail(input: {campaignId: $id}) { userErrors { code } } }",
				args("id", id)).at("sendTestEmail.userErrors").get(0).get("code").asString())
			.as("the marketing token has no agent with an address").isEqualTo("NO_TEST_ADDRESS");
		assertThat(TestSmtp.received()).hasSize(1);
		assertThat(count("MATCH (r:CampaignRecipient) RETURN count(r)")).isZero();
	}

	@Test
	void aCampaignWhoseRunnerDiesIsResumedAndEveryRecipientGetsExactlyOneMessage() throws Exception {
		String id = create("Sphere");
		JsonNode started = ok(MARKETING, "mutation($id: ID!) { startCampaign(input: {id: $id, confirmRecipientCount: 12}) "
				+ "{ campaign { status figures { recipients } } userErrors { code } } }", args("id", id))
			.at("startCampaign.campaign");
		assertThat(started.get("status").asString()).isEqualTo("RUNNING");
		assertThat(started.at("/figures/recipients").asInt()).isEqualTo(12);

		// A slow runner (5 a batch) queues one batch, then its instance "dies" between batches.
		CampaignRunner dying = runner(60);
		CompletableFuture<Void> first = CompletableFuture.runAsync(dying::drain);
		await(() -> count("MATCH (r:CampaignRecipient {status: 'QUEUED'}) RETURN count(r)") == 5);
		dying.pause(true);
		first.get();
		assertThat(count("MATCH (r:CampaignRecipient {status: 'PENDING'}) RETURN count(r)")).isEqualTo(7);
		// It died just after renewing its lease: another instance's runner waits the lease out, then
		// takes over from the PENDING recipients.
		try (var session = driver.session()) {
			session.run("MATCH (k:Campaign {id: $id}) SET k.leaseUntil = datetime() + duration('PT2S')", Map.of("id", id))
				.consume();
		}
		CampaignRunner next = runner(60_000);
		next.drain();
		assertThat(count("MATCH (r:CampaignRecipient {status: 'PENDING'}) RETURN count(r)")).as("lease still held")
			.isEqualTo(7);
		Thread.sleep(2_100);
		next.drain();
		awaitOutboxSettled();

		assertThat(ok(VIEWER, "query($id: ID!) { campaign(id: $id) { status } }", args("id", id)).at("campaign.status")
			.asString()).isEqualTo("COMPLETED");
		Set<String> addresses = new HashSet<>();
		for (MimeMessage message : TestSmtp.received()) {
			addresses.add(message.getAllRecipients()[0].toString());
			assertThat(message.getHeader("List-Unsubscribe")[0]).startsWith("<https://rootline.example/unsubscribe/");
			assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		}
		assertThat(TestSmtp.received()).hasSize(12);
		assertThat(addresses).hasSize(12).allMatch(a -> a.matches("\"?R\\d+ Sphere\"? <r\\d+@example\\.com>"));

		// The one-click link: GET only asks, POST unsubscribes, without a login.
		String link = TestSmtp.to("r3@example.com").getFirst().getHeader("List-Unsubscribe")[0]
			.replaceAll("^<https://rootline.example(.*)>$", "$1");
		HttpResponse<String> page = CLIENT.send(HttpRequest.newBuilder(http.uri(link)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<form method=\"post\"");
		assertThat(count("MATCH (c:Contact {firstName: 'R3'}) WHERE c.emailOptOutAt IS NOT NULL RETURN count(c)")).isZero();
		HttpResponse<String> done = CLIENT.send(HttpRequest.newBuilder(http.uri(link))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(CLIENT.send(HttpRequest.newBuilder(http.uri("/unsubscribe/not-a-token"))
			.POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
		// R5 opens the message (its mail client loads the pixel); the unsubscribe link is not rewritten.
		String html = TestSmtp.html(TestSmtp.to("r5@example.com").getFirst());
		assertThat(html).contains("href=\"https://rootline.example/unsubscribe/");
		String pixel = org.jsoup.Jsoup.parse(html).select("img[src]").last().attr("src")
			.replaceAll("^https://rootline.example", "");
		assertThat(CLIENT.send(HttpRequest.newBuilder(http.uri(pixel)).build(), HttpResponse.BodyHandlers.ofByteArray())
			.statusCode()).isEqualTo(200);
		JsonNode figures = ok(VIEWER, "query($id: ID!) { campaign(id: $id) { figures { recipients queued sent failed "
				+ "suppressed unsubscribed opened clicked } } }", args("id", id)).at("campaign.figures");
		assertThat(figures.toString()).isEqualTo("{\"recipients\":12,\"queued\":12,\"sent\":12,\"failed\":0,"
				+ "\"suppressed\":0,\"unsubscribed\":1,\"opened\":1,\"clicked\":0}");

		// The next campaign to the same segment has one recipient fewer, whatever its filter says.
		String again = create("Sphere");
		assertThat(ok(MARKETING, "query($id: ID!) { previewCampaign(id: $id) { recipientCount } }", args("id", again))
			.at("previewCampaign.recipientCount").asInt()).isEqualTo(11);
	}

	@Test
	void aCancelledCampaignSendsNothingMoreAndAContactWhoUnsubscribesMeanwhileIsSkipped() throws Exception {
		String id = create("Sphere");
		ok(MARKETING, "mutation($id: ID!) { startCampaign(input: {id: $id, confirmRecipientCount: 12}) { userErrors { code } } }",
				args("id", id));
		// One recipient unsubscribes after the recipients were frozen: the sender checks again.
		consent(recipients.getFirst(), false);
		runner(60_000).drain();
		awaitOutboxSettled();
		assertThat(TestSmtp.received()).hasSize(11);
		assertThat(count("MATCH (m:OutboxMessage {campaignId: $id, status: 'SUPPRESSED'}) RETURN count(m)",
				Map.of("id", id))).isEqualTo(1);

		String other = create("Sphere");
		ok(MARKETING, "mutation($id: ID!) { startCampaign(input: {id: $id, confirmRecipientCount: 11}) { userErrors { code } } }",
				args("id", other));
		JsonNode cancelled = ok(MARKETING, "mutation($id: ID!) { cancelCampaign(input: {id: $id}) { campaign { status } } }",
				args("id", other)).at("cancelCampaign.campaign");
		assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
		runner(60_000).drain();
		awaitOutboxSettled();
		assertThat(TestSmtp.received()).hasSize(11);
		assertThat(count("MATCH (r:CampaignRecipient {campaignId: $id, status: 'CANCELLED'}) RETURN count(r)",
				Map.of("id", other))).isEqualTo(11);
		assertThat(ok(MARKETING, "mutation($id: ID!) { cancelCampaign(input: {id: $id}) { userErrors { code } } }",
				args("id", other)).at("cancelCampaign.userErrors").get(0).get("code").asString()).isEqualTo("WRONG_STATUS");
	}

	@Test
	void aCampaignNeedsACampaignTemplateAndAValidSegment() {
		JsonNode wrong = ok(MARKETING, "mutation { createCampaign(input: {name: \"X\", templateId: \"lead-welcome\", "
				+ "segment: {}}) { campaign { id } userErrors { code field } } }", Map.of()).at("createCampaign.userErrors");
		assertThat(wrong.get(0).get("code").asString()).isEqualTo("WRONG_PURPOSE");
		assertThat(gql(MARKETING, "mutation($t: ID!) { createCampaign(input: {name: \"X\", templateId: $t, "
				+ "segment: {birthdayMonth: 13}}) { campaign { id } } }", args("t", templateId)).errorCode())
			.isEqualTo("VALIDATION_FAILED");
		assertThat(count("MATCH (k:Campaign) RETURN count(k)")).isZero();
	}

	private CampaignRunner runner(int perMinute) {
		MailSettings paced = new MailSettings(settings.from(), settings.brokerage(), settings.publicUrl(),
				settings.pollInterval(), settings.lease(), settings.maxAttempts(), settings.batchSize(), perMinute,
				settings.trackEngagement());
		return new CampaignRunner(statements, templates, agents, outbox, paced, transactions, Duration.ofHours(1),
				Duration.ofSeconds(2));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out");
			}
			Thread.sleep(20);
		}
	}

}
