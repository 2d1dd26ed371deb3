package com.rootline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import com.rootline.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Opens and clicks of an HTML message to a contact, against a real SMTP server and over real HTTP
 * without a login: the message as received has its web links going through the service and an open
 * pixel; loading the pixel and following the links are recorded on the message and on the contact
 * (the conversion model's engagement), the links redirect only to the message's own targets, and
 * the engagement follows a merge and goes with an erasure.
 */
class EngagementTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private static final String HTML = "<p>See <a href=\"https://homes.example/listing?id=7&amp;x=1\">the listing</a>, "
			+ "<a href=\"mailto:ann@brokerage.example\">write to me</a> or <a href=\" https://homes.example/more \">more</a>.</p>";

	@Autowired
	Outbox outbox;

	private String olive;

	@BeforeEach
	void contact() {
		TestSmtp.purge();
		olive = ok(AGENT, "mutation { createContact(input: {firstName: \"Olive\", emails: [{address: \"olive@example.com\"}]}) "
				+ "{ contact { id } } }", Map.of()).at("createContact.contact.id").asString();
	}

	@Test
	void opensAndClicksAreRecordedOnTheMessageAndTheContact() throws Exception {
		queue(HTML);
		queue(null);
		awaitOutboxSettled();
		List<MimeMessage> received = TestSmtp.to("olive@example.com");
		assertThat(received).hasSize(2);
		Document html = Jsoup.parse(received.stream().map(TestSmtp::html).filter(h -> h != null).findFirst().orElseThrow());
		List<String> links = html.select("a[href]").eachAttr("href");
		assertThat(links).hasSize(3);
		assertThat(links.get(1)).isEqualTo("mailto:ann@brokerage.example");
		assertThat(List.of(links.get(0), links.get(2))).allMatch(l -> l.startsWith("https://rootline.example/mail/c/"));
		String pixel = html.select("img[src]").last().attr("src");
		assertThat(pixel).startsWith("https://rootline.example/mail/o/").endsWith(".gif");
		assertThat(engagement()).containsExactlyInAnyOrder("untracked 0 0", "tracked 0 0");

		for (int i = 0; i < 2; i++) {
			HttpResponse<byte[]> image = get(pixel, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(image.statusCode()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Type")).hasValue("image/gif");
			assertThat(image.body()).startsWith('G', 'I', 'F');
		}
		HttpResponse<String> first = get(links.get(0), HttpResponse.BodyHandlers.ofString());
		assertThat(first.statusCode()).isEqualTo(302);
		assertThat(first.headers().firstValue("Location")).hasValue("https://homes.example/listing?id=7&x=1");
		assertThat(get(links.get(2), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location"))
			.hasValue("https://homes.example/more");
		String token = URI.create(pixel).getPath().replaceAll(".*/(.*)\\.gif", "$1");
		assertThat(get("https://rootline.example/mail/c/" + token + "/2", HttpResponse.BodyHandlers.ofString()).statusCode())
			.as("a link the message does not have").isEqualTo(404);
		assertThat(get("https://rootline.example/mail/c/" + token + "/x", HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
		assertThat(get("https://rootline.example/mail/c/not-ours/0", HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
		assertThat(get("https://rootline.example/mail/o/not-ours.gif", HttpResponse.BodyHandlers.ofByteArray()).statusCode())
			.as("the pixel never says whose a token is").isEqualTo(200);

		assertThat(engagement()).containsExactlyInAnyOrder("untracked 0 0", "tracked 2 2");
		assertThat(contactEngagement(olive)).as("each message's first open and first click").containsExactly(1L, 1L);
	}

	@Test
	void theEngagementFollowsAMergeAndGoesWithAnErasure() throws Exception {
		queue(HTML);
		awaitOutboxSettled();
		Document html = Jsoup.parse(TestSmtp.html(TestSmtp.to("olive@example.com").getFirst()));
		String pixel = html.select("img[src]").last().attr("src");
		get(pixel, HttpResponse.BodyHandlers.ofByteArray());
		String survivor = ok(AGENT, "mutation { createContact(input: {firstName: \"Olivia\"}) { contact { id } } }", Map.of())
			.at("createContact.contact.id").asString();
		ok(BROKER, "mutation($s: ID!, $d: ID!) { mergeContacts(input: {survivorId: $s, duplicateId: $d}) { userErrors { code } } }",
				Map.of("s", survivor, "d", olive));
		assertThat(contactEngagement(survivor)).containsExactly(1L, 0L);
		get(html.select("a[href]").first().attr("href"), HttpResponse.BodyHandlers.ofString());
		assertThat(contactEngagement(survivor)).as("the merged message's click is the survivor's").containsExactly(1L, 1L);
		ok(BROKER, "mutation($id: ID!) { eraseContact(input: {id: $id}) { userErrors { code } } }", Map.of("id", survivor));
		assertThat(contactEngagement(survivor)).containsExactly(0L, 0L);
		get(pixel, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(contactEngagement(survivor)).as("an erased contact keeps nothing").containsExactly(0L, 0L);
	}

	private void queue(String html) {
		outbox.queue(NewEmail.of(OutboxMessage.Kind.STAGE_PROMPT, "olive@example.com", "Olive", olive,
				new NewEmail.Signer(null, "Maple Street Realty", null),
				new MergeFields.Rendered("New listings", "See https://homes.example/listing?id=7", html)));
	}

	/** "tracked|untracked opens clicks" of the contact's messages. */
	private List<String> engagement() {
		List<String> rows = new ArrayList<>();
		ok(AGENT, "query($c: ID!) { outbox(filter: {contactId: $c}) { edges { node { engagement { tracked opens clicks openedAt clickedAt } } } } }",
				Map.of("c", olive)).at("outbox.edges").forEach(e -> {
					JsonNode n = e.at("/node/engagement");
					assertThat(n.path("openedAt").isNull()).isEqualTo(n.path("opens").asInt() == 0);
					assertThat(n.path("clickedAt").isNull()).isEqualTo(n.path("clicks").asInt() == 0);
					rows.add((n.path("tracked").asBoolean() ? "tracked " : "untracked ") + n.path("opens").asInt() + " "
							+ n.path("clicks").asInt());
				});
		return rows;
	}

	private List<Long> contactEngagement(String id) {
		try (var session = driver.session()) {
			var r = session.run("MATCH (c:Contact {id: $id}) RETURN size(coalesce(c.emailOpens, [])) AS opens, "
					+ "size(coalesce(c.emailClicks, [])) AS clicks", Map.of("id", id)).single();
			return List.of(r.get("opens").asLong(), r.get("clicks").asLong());
		}
	}

	/** GET of a URL the message carries, at this service (the public URL is another host's), without a login. */
	private <T> HttpResponse<T> get(String url, HttpResponse.BodyHandler<T> body) throws Exception {
		URI uri = URI.create(url);
		return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + uri.getRawPath())).GET().build(), body);
	}

}
