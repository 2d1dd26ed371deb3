// Media catalog, spend, deals, tasks, stage prompts and frozen quarters.
CREATE CONSTRAINT media_type_id IF NOT EXISTS FOR (t:MediaType) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT media_type_key IF NOT EXISTS FOR (t:MediaType) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT media_outlet_id IF NOT EXISTS FOR (o:MediaOutlet) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT ad_spend_id IF NOT EXISTS FOR (s:AdSpend) REQUIRE s.id IS UNIQUE;
CREATE INDEX ad_spend_spent_on IF NOT EXISTS FOR (s:AdSpend) ON (s.spentOn);
CREATE CONSTRAINT deal_id IF NOT EXISTS FOR (d:Deal) REQUIRE d.id IS UNIQUE;
CREATE INDEX deal_closed_on IF NOT EXISTS FOR (d:Deal) ON (d.closedOn);
CREATE INDEX deal_stage IF NOT EXISTS FOR (d:Deal) ON (d.stage);
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (t:Task) REQUIRE t.id IS UNIQUE;
CREATE INDEX task_assignee_due IF NOT EXISTS FOR (t:Task) ON (t.assigneeId, t.dueOn);
CREATE CONSTRAINT stage_prompt_id IF NOT EXISTS FOR (p:StagePrompt) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT closed_quarter IF NOT EXISTS FOR (q:ClosedQuarter) REQUIRE q.quarter IS UNIQUE;
CREATE INDEX quarter_fact IF NOT EXISTS FOR (f:QuarterFact) ON (f.quarter);
// rootline:enterprise-only
CREATE CONSTRAINT ad_spend_amount_type IF NOT EXISTS FOR (s:AdSpend) REQUIRE s.amountMinor IS :: INTEGER;
UNWIND [['RADIO', 'Radio'], ['TV', 'Television'], ['INTERNET', 'Internet'], ['PRINT', 'Print'],
        ['DIRECT_MAIL', 'Direct mail'], ['SIGNAGE', 'Signage'], ['EVENTS', 'Events'], ['OTHER', 'Other']] AS t
MERGE (m:MediaType {key: t[0]})
ON CREATE SET m.id = 'media-type-' + toLower(t[0]), m.name = t[1], m.seeded = true;
// Stage prompts are data: when a deal enters `stage` (from `fromStage`, if given), a task is
// created for the deal's agent from `template`, due `dueAfterDays` later.
MERGE (p:StagePrompt {id: 'approved-congratulations'})
ON CREATE SET p.stage = 'APPROVED', p.template = 'Send congratulations and the construction contract to {contacts}',
              p.dueAfterDays = 1, p.seeded = true;
MERGE (p:StagePrompt {id: 'declined-options'})
ON CREATE SET p.stage = 'LOST', p.fromStage = 'APPLICATION', p.template = 'Send other financing options to {contacts}',
              p.dueAfterDays = 1, p.seeded = true;
MERGE (p:StagePrompt {id: 'declined-follow-up'})
ON CREATE SET p.stage = 'LOST', p.fromStage = 'APPLICATION', p.template = 'Follow up with {contacts} about financing',
              p.dueAfterDays = 21, p.seeded = true;
