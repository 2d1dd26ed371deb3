package com.rootline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.rootline.support.IntegrationTest;
import com.rootline.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Templates checked at save, merge values escaped in HTML, and stage prompts' drafts reviewed before sending. */
class EmailTemplateTest extends IntegrationTest {

	private static final String SAVE = """
			mutation($id: ID, $v: Int, $n: String!, $p: EmailPurpose!, $s: String!, $t: String!, $h: String) {
			  saveEmailTemplate(input: {id: $id, expectedVersion: $v, name: $n, purpose: $p, subject: $s, text: $t, html: $h}) {
			    template { id version mergeFields } userErrors { field code message } } }""";

	@Test
	void aTemplateNamingAFieldItsPurposeDoesNotOfferIsRefusedAtSaveNamingTheFieldAndThePart() {
		JsonNode errors = ok(BROKER, SAVE, args("n", "Bad", "p", "LEAD_WELCOME", "s", "Hi {{firstName}}",
				"t", "Your agent {{agentName}} at {{brokrage}}, unsubscribe {{unsubscribeUrl}}", "h", "<p>{{#deal}}x{{/deal}}"))
			.at("saveEmailTemplate.userErrors");
		// One error per unknown name: a misspelling, a field of another purpose, a section on an unknown name.
		assertThat(errors).hasSize(3);
		assertThat(errors.get(0).get("code").asString()).isEqualTo("UNKNOWN_MERGE_FIELD");
		assertThat(errors.get(0).get("field").toString()).isEqualTo("[\"input\",\"text\"]");
		assertThat(errors.get(0).get("message").asString()).contains("{{brokrage}}").contains("brokerage");
		assertThat(errors.get(1).get("message").asString()).contains("{{unsubscribeUrl}}");
		assertThat(errors.get(2).get("field").toString()).isEqualTo("[\"input\",\"html\"]");
		assertThat(errors.get(2).get("message").asString()).contains("{{deal}}");
		assertThat(ok(BROKER, SAVE, args("n", "Broken", "p", "CAMPAIGN", "s", "Hi", "t", "{{#firstName}}unclosed"))
			.at("saveEmailTemplate.userErrors").get(0).get("code").asString()).isEqualTo("INVALID_TEMPLATE");
		assertThat(gql(AGENT, SAVE, args("n", "X", "p", "CAMPAIGN", "s", "x", "t", "x")).errorCode()).isEqualTo("FORBIDDEN");
		assertThat(count("MATCH (t:EmailTemplate) WHERE t.seeded IS NULL RETURN count(t)")).isZero();

		JsonNode saved = ok(BROKER, SAVE, args("n", "News", "p", "CAMPAIGN", "s", "News for {{firstName}}",
				"t", "{{unsubscribeUrl}}")).at("saveEmailTemplate.template");
		assertThat(saved.get("mergeFields").toString()).contains("unsubscribeUrl");
		String id = saved.get("id").asString();
		assertThat(ok(BROKER, SAVE, args("id", id, "v", 7, "n", "News", "p", "CAMPAIGN", "s", "x", "t", "y"))
			.at("saveEmailTemplate.userErrors").get(0).get("code").asString()).isEqualTo("VERSION_CONFLICT");
		assertThat(ok(BROKER, SAVE, args("n", "news", "p", "CAMPAIGN", "s", "x", "t", "y"))
			.at("saveEmailTemplate.userErrors").get(0).get("code").asString()).isEqualTo("DUPLICATE_NAME");
		JsonNode purpose = ok(BROKER, SAVE, args("id", id, "v", 1, "n", "News", "p", "LEAD_WELCOME", "s", "x", "t", "y"))
			.at("saveEmailTemplate.userErrors").get(0);
		assertThat(purpose.get("code").asString()).isEqualTo("WRONG_PURPOSE");
		assertThat(purpose.get("field").toString()).isEqualTo("[\"input\",\"purpose\"]");
		assertThat(ok(BROKER, SAVE, args("id", id, "v", 1, "n", "News", "p", "CAMPAIGN", "s", "x", "t", "y"))
			.at("saveEmailTemplate.template.version").asInt()).isEqualTo(2);
	}

	@Test
	void mergeValuesAreEscapedInHtmlAndKeptAsTheyAreInText() {
		EmailTemplate template = new EmailTemplate("t", "T", EmailTemplate.Purpose.LEAD_WELCOME, "Hi {{firstName}}",
				"Hi {{firstName}} from {{agentName}}", "<p>Hi {{firstName}}</p>", 1, null);
		MergeFields.Rendered rendered = MergeFields.render(template,
				Map.of("firstName", "<script>alert(1)</script> & Co", "agentName", "Ann \"A\" O'Neil"));
		assertThat(rendered.html()).isEqualTo("<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</p>");
		assertThat(rendered.text()).isEqualTo("Hi <script>alert(1)</script> & Co from Ann \"A\" O'Neil");
		MergeFields.Rendered injected = MergeFields.render(template, Map.of("firstName", "Eve\r\nBcc: x@evil.example"));
		assertThat(injected.subject()).as("no header injection through the subject").doesNotContain("\n")
			.isEqualTo("Hi Eve Bcc: x@evil.example");
	}

	@Test
	void anApprovalDraftsACongratulationForEachContactThatTheAgentReviewsAndSends() throws Exception {
		String agent = ok(BROKER, "mutation { createAgent(input: {kind: TEAM, role: LOAN_OFFICER, name: \"Lou Lender\", "
				+ "email: \"lou@brokerage.example\", signature: \"Lou, NMLS 12345\"}) { agent { id } } }", Map.of())
			.at("createAgent.agent.id").asString();
		String ann = ok(AGENT, "mutation { createContact(input: {firstName: \"Ann\", lastName: \"Buyer\", "
				+ "emails: [{address: \"ann@example.com\"}]}) { contact { id } } }", Map.of()).at("createContact.contact.id")
			.asString();
		String bo = ok(AGENT, "mutation { createContact(input: {firstName: \"Bo\", lastName: \"Buyer\", "
				+ "emails: [{address: \"bo@example.com\"}]}) { contact { id } } }", Map.of()).at("createContact.contact.id")
			.asString();
		JsonNode deal = ok(AGENT, "mutation($c: [ID!]!, $a: ID) { createDeal(input: {kind: PURCHASE, contactIds: $c, "
				+ "agentId: $a, stage: APPLICATION}) { deal { id version } } }", args("c", List.of(ann, bo), "a", agent))
			.at("createDeal.deal");
		ok(AGENT, "mutation($id: ID!, $v: Int!) { moveDealStage(input: {id: $id, stage: APPROVED, expectedVersion: $v}) "
				+ "{ tasksCreated { title } userErrors { code } } }",
				args("id", deal.get("id").asString(), "v", deal.get("version").asInt()));
		awaitOutboxSettled();
		assertThat(TestSmtp.received()).as("drafts are not sent").isEmpty();
		JsonNode drafts = ok(AGENT, "query { outbox(filter: {status: DRAFT}) { totalCount edges { node { id kind "
				+ "toAddress fromName subject text dealId } } } }", Map.of()).at("outbox");
		assertThat(drafts.get("totalCount").asInt()).isEqualTo(2);
		JsonNode first = drafts.at("/edges/0/node");
		assertThat(first.get("kind").asString()).isEqualTo("STAGE_PROMPT");
		assertThat(first.get("fromName").asString()).isEqualTo("Lou Lender");
		assertThat(first.get("dealId").asString()).isEqualTo(deal.get("id").asString());
		assertThat(first.get("text").asString()).contains("Lou, NMLS 12345");

		String annDraft = drafts.at("/edges/0/node/toAddress").asString().equals("ann@example.com")
				? drafts.at("/edges/0/node/id").asString() : drafts.at("/edges/1/node/id").asString();
		String boDraft = annDraft.equals(drafts.at("/edges/0/node/id").asString()) ? drafts.at("/edges/1/node/id").asString()
				: drafts.at("/edges/0/node/id").asString();
		JsonNode sent = ok(AGENT, "mutation($id: ID!) { sendDraft(input: {id: $id, subject: \"Approved, Ann!\"}) "
				+ "{ message { status subject } userErrors { code } } }", args("id", annDraft)).at("sendDraft.message");
		assertThat(sent.get("status").asString()).isEqualTo("QUEUED");
		assertThat(ok(AGENT, "mutation($id: ID!) { sendDraft(input: {id: $id}) { userErrors { code } } }", args("id", annDraft))
			.at("sendDraft.userErrors").get(0).get("code").asString()).isEqualTo("WRONG_STATUS");
		ok(AGENT, "mutation($id: ID!) { discardDraft(input: {id: $id}) { message { status } } }", args("id", boDraft));
		awaitOutboxSettled();
		List<MimeMessage> received = TestSmtp.received();
		assertThat(received).hasSize(1);
		assertThat(received.getFirst().getSubject()).isEqualTo("Approved, Ann!");
		assertThat(received.getFirst().getContent()).isNotInstanceOf(MimeMultipart.class);
		assertThat(count("MATCH (m:OutboxMessage {status: 'CANCELLED'}) RETURN count(m)")).isEqualTo(1);
		JsonNode prompts = ok(VIEWER, "{ stagePrompts { id emailTemplate { name } } }", Map.of()).at("stagePrompts");
		assertThat(prompts.toString()).contains("\"Congratulations on your approval\"");
	}

}
