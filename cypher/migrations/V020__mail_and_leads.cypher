// E-mail and web leads: templates, the transactional outbox, lead sites and their routing, campaigns.
//
// The outbox: a sender finds due messages by (status, nextAttemptAt); lists read by contact,
// campaign or status. The Message-ID is fixed when the message is written.
CREATE CONSTRAINT outbox_message_id IF NOT EXISTS FOR (m:OutboxMessage) REQUIRE m.id IS UNIQUE;
CREATE INDEX outbox_status_due IF NOT EXISTS FOR (m:OutboxMessage) ON (m.status, m.nextAttemptAt);
CREATE INDEX outbox_contact IF NOT EXISTS FOR (m:OutboxMessage) ON (m.contactId);
CREATE INDEX outbox_campaign IF NOT EXISTS FOR (m:OutboxMessage) ON (m.campaignId);
CREATE INDEX outbox_created IF NOT EXISTS FOR (m:OutboxMessage) ON (m.createdAt);
CREATE CONSTRAINT email_template_id IF NOT EXISTS FOR (t:EmailTemplate) REQUIRE t.id IS UNIQUE;
// A contact's unsubscribe link carries this token; it finds the contact without a login.
CREATE CONSTRAINT contact_unsubscribe_token IF NOT EXISTS FOR (c:Contact) REQUIRE c.unsubscribeToken IS UNIQUE;
// Web lead intake: a site's public key, the routing rule of an outlet (routeKey '*' is the default),
// and each submission's idempotency key (per site) for a day.
CREATE CONSTRAINT lead_site_id IF NOT EXISTS FOR (s:LeadSite) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT lead_site_key IF NOT EXISTS FOR (s:LeadSite) REQUIRE s.publicKey IS UNIQUE;
CREATE CONSTRAINT lead_route_key IF NOT EXISTS FOR (r:LeadRoute) REQUIRE r.routeKey IS UNIQUE;
CREATE CONSTRAINT lead_submission_key IF NOT EXISTS FOR (s:LeadSubmission) REQUIRE s.key IS UNIQUE;
CREATE INDEX lead_submission_expiry IF NOT EXISTS FOR (s:LeadSubmission) ON (s.expiresAt);
// Campaigns: recipients are frozen when a campaign starts, one node per contact, unique per campaign.
CREATE CONSTRAINT campaign_id IF NOT EXISTS FOR (c:Campaign) REQUIRE c.id IS UNIQUE;
CREATE INDEX campaign_status IF NOT EXISTS FOR (c:Campaign) ON (c.status);
CREATE CONSTRAINT campaign_recipient_key IF NOT EXISTS FOR (r:CampaignRecipient) REQUIRE r.key IS UNIQUE;
CREATE INDEX campaign_recipient_pending IF NOT EXISTS FOR (r:CampaignRecipient) ON (r.campaignId, r.status, r.contactId);
// The templates leads need from the first day; a broker edits them like any other.
MERGE (t:EmailTemplate {id: 'lead-welcome'})
ON CREATE SET t.name = 'Lead welcome', t.purpose = 'LEAD_WELCOME', t.seeded = true, t.version = 1,
  t.updatedAt = datetime(),
  t.subject = 'Thank you for reaching out, {{firstName}}',
  t.text = 'Hi {{firstName}},

Thank you for getting in touch with {{brokerage}}. I will be your contact here and will call you shortly.
{{#agentPhone}}If you would rather call me first, my number is {{agentPhone}}.
{{/agentPhone}}
{{agentName}}
{{agentSignature}}
',
  t.html = '<p>Hi {{firstName}},</p>
<p>Thank you for getting in touch with {{brokerage}}. I will be your contact here and will call you shortly.
{{#agentPhone}}If you would rather call me first, my number is {{agentPhone}}.{{/agentPhone}}</p>
<p>{{agentName}}<br>{{agentSignature}}</p>
';
MERGE (t:EmailTemplate {id: 'lead-notification'})
ON CREATE SET t.name = 'New lead for you', t.purpose = 'LEAD_NOTIFICATION', t.seeded = true, t.version = 1,
  t.updatedAt = datetime(),
  t.subject = 'New lead from {{outletName}}: {{leadName}}',
  t.text = 'Hi {{agentName}},

{{leadName}} just asked about {{leadInterests}} on {{outletName}}. Please call within {{callWithinMinutes}} minutes.

E-mail: {{leadEmail}}
Phone: {{leadPhone}}
Message: {{leadMessage}}
';
// Stage prompts may carry an e-mail: the prompt then also writes a draft to the deal's contacts,
// which the agent reviews and sends (sendDraft). Approval comes with a congratulatory note.
MERGE (t:EmailTemplate {id: 'approved-congratulations'})
ON CREATE SET t.name = 'Congratulations on your approval', t.purpose = 'STAGE_PROMPT', t.seeded = true, t.version = 1,
  t.updatedAt = datetime(),
  t.subject = 'Congratulations, {{firstName}}: you are approved',
  t.text = 'Dear {{firstName}},

Congratulations: your financing is approved. I will send the contract for you to review shortly.

{{agentName}}
{{agentSignature}}
';
MATCH (p:StagePrompt {id: 'approved-congratulations'}) WHERE p.emailTemplateId IS NULL
SET p.emailTemplateId = 'approved-congratulations';
