// Keeping in touch: tasks of every kind, appointments, touch plans as data, the call list's rules and
// calendar feeds. Seeded nodes carry `seeded: true`; a broker may edit them like any other.
//
// Tasks: the stage-prompt tasks of V004 become tasks like any other (kind TODO, priority NORMAL).
CREATE INDEX task_assignee_status_due IF NOT EXISTS FOR (t:Task) ON (t.assigneeId, t.status, t.dueOn);
CREATE INDEX task_contact IF NOT EXISTS FOR (t:Task) ON (t.contactId);
// Lists without an assignee, contact or enrolment read a window of due days.
CREATE INDEX task_due IF NOT EXISTS FOR (t:Task) ON (t.dueOn);
CREATE INDEX task_enrollment IF NOT EXISTS FOR (t:Task) ON (t.enrollmentId);
MATCH (t:Task) WHERE t.kind IS NULL
SET t.kind = 'TODO', t.priority = 'NORMAL', t.version = coalesce(t.version, 1);
// Appointments: one node per series; (:Agent|Contact)-[:ATTENDS]->(a). `lastEndsAt` is the end of
// the series' last occurrence (null for an endless one), so a window reads only series that reach it.
CREATE CONSTRAINT appointment_id IF NOT EXISTS FOR (a:Appointment) REQUIRE a.id IS UNIQUE;
CREATE INDEX appointment_starts IF NOT EXISTS FOR (a:Appointment) ON (a.startsAt);
// Touch plans: the steps are parallel lists (offset in days from the start, kind, title, template),
// read whole with their plan. An enrolment is unique per plan and contact while it is not cancelled.
CREATE CONSTRAINT touch_plan_id IF NOT EXISTS FOR (p:TouchPlan) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT touch_plan_name IF NOT EXISTS FOR (p:TouchPlan) REQUIRE p.name IS UNIQUE;
CREATE CONSTRAINT enrollment_id IF NOT EXISTS FOR (e:Enrollment) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT enrollment_key IF NOT EXISTS FOR (e:Enrollment) REQUIRE e.key IS UNIQUE;
CREATE INDEX enrollment_contact IF NOT EXISTS FOR (e:Enrollment) ON (e.contactId);
CREATE CONSTRAINT enrollment_job_id IF NOT EXISTS FOR (j:EnrollmentJob) REQUIRE j.id IS UNIQUE;
CREATE INDEX enrollment_job_status IF NOT EXISTS FOR (j:EnrollmentJob) ON (j.status);
// 8x8: eight touches in the first eight weeks with a new contact.
MERGE (p:TouchPlan {id: '8x8'})
ON CREATE SET p.name = '8x8', p.seeded = true, p.version = 1, p.createdAt = datetime(),
  p.description = 'Eight touches in the first eight weeks with a new contact.',
  p.stepOffsets = [0, 7, 14, 21, 28, 35, 42, 49],
  p.stepKinds = ['CALL', 'MAIL', 'EMAIL', 'CALL', 'MAIL', 'EMAIL', 'TEXT', 'CALL'],
  p.stepTitles = [
    'Welcome call: thank them and learn what they need',
    'Mail a handwritten thank-you note',
    'E-mail something useful: the local market report',
    'Check-in call: any questions so far?',
    'Mail an item of value: the home maintenance checklist',
    'E-mail the local events guide',
    'Text a short hello',
    'Call: ask whom they know who could use our help'],
  p.stepTemplates = ['', '', "Hi {firstName}, here is this month's market report for your area. {agentName}", '', '',
    'Hi {firstName}, a few things happening around town this month. {agentName}', 'Hi {firstName}, {agentName} here: just saying hello!', ''];
// 33 Touch: 33 touches across twelve months for the sphere: 12 e-mails, 10 mailings, 8 calls, 3 events.
MERGE (p:TouchPlan {id: '33-touch'})
ON CREATE SET p.name = '33 Touch', p.seeded = true, p.version = 1, p.createdAt = datetime(),
  p.description = '33 touches across twelve months for the sphere: 12 e-mails, 10 mailings, 8 calls and 3 events.',
  p.stepOffsets = [0, 7, 15, 30, 50, 52, 60, 85, 90, 97, 100, 120, 120, 142, 150, 155, 180, 187, 190, 200, 210,
                   225, 232, 240, 260, 270, 277, 295, 300, 322, 330, 340, 350],
  p.stepKinds = ['EMAIL', 'CALL', 'MAIL', 'EMAIL', 'MAIL', 'CALL', 'EMAIL', 'MAIL', 'EMAIL', 'CALL', 'MEETING',
                 'EMAIL', 'MAIL', 'CALL', 'EMAIL', 'MAIL', 'EMAIL', 'CALL', 'MAIL', 'MEETING', 'EMAIL',
                 'MAIL', 'CALL', 'EMAIL', 'MAIL', 'EMAIL', 'CALL', 'MAIL', 'EMAIL', 'CALL', 'EMAIL', 'MEETING', 'MAIL'],
  p.stepTitles = [
    'E-mail: market update 1 of 12', 'Call: personal check-in 1 of 8', 'Mail a handwritten note',
    'E-mail: market update 2 of 12', 'Mail the quarterly market report', 'Call: personal check-in 2 of 8',
    'E-mail: market update 3 of 12', 'Mail a seasonal card', 'E-mail: market update 4 of 12',
    'Call: personal check-in 3 of 8', 'Invite to the spring client event', 'E-mail: market update 5 of 12',
    'Mail the home maintenance checklist', 'Call: personal check-in 4 of 8', 'E-mail: market update 6 of 12',
    'Mail the quarterly market report', 'E-mail: market update 7 of 12', 'Call: personal check-in 5 of 8',
    'Mail a recipe card', 'Invite to the summer client event', 'E-mail: market update 8 of 12',
    'Mail the quarterly market report', 'Call: personal check-in 6 of 8', 'E-mail: market update 9 of 12',
    'Mail a seasonal card', 'E-mail: market update 10 of 12', 'Call: personal check-in 7 of 8',
    'Mail the home value estimate', 'E-mail: market update 11 of 12', 'Call: personal check-in 8 of 8',
    'E-mail: market update 12 of 12', 'Invite to the holiday client event', 'Mail the year-in-review letter'],
  p.stepTemplates = ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
                     '', '', '', '', '', '', '', '', ''];
// The call list's rules, each with a weight that adds to a contact's score when the rule holds.
CREATE CONSTRAINT call_rule_code IF NOT EXISTS FOR (r:CallRule) REQUIRE r.code IS UNIQUE;
MERGE (r:CallRule {code: 'TREE_BROUGHT_BUSINESS'})
ON CREATE SET r.seeded = true, r.enabled = true, r.weight = 70, r.days = 90, r.minValueMinor = 1, r.position = 1,
  r.description = 'Their referral tree brought business, and they have not heard from us since the newest referral in it or in `days` days';
MERGE (r:CallRule {code: 'NEW_LEAD'})
ON CREATE SET r.seeded = true, r.enabled = true, r.weight = 60, r.days = 7, r.position = 2,
  r.description = 'Created in the last `days` days and never contacted';
MERGE (r:CallRule {code: 'DATE_THAT_MATTERS'})
ON CREATE SET r.seeded = true, r.enabled = true, r.weight = 50, r.days = 3, r.position = 3,
  r.description = 'A birthday or anniversary today or within `days` days';
MERGE (r:CallRule {code: 'PLAN_STEP_DUE'})
ON CREATE SET r.seeded = true, r.enabled = true, r.weight = 40, r.position = 4,
  r.description = 'A touch-plan step is due today or overdue';
MERGE (r:CallRule {code: 'TASK_OVERDUE'})
ON CREATE SET r.seeded = true, r.enabled = true, r.weight = 30, r.position = 5,
  r.description = 'A task about the contact is overdue';
MERGE (r:CallRule {code: 'CADENCE_PASSED'})
ON CREATE SET r.seeded = true, r.enabled = true, r.weight = 20, r.daysA = 30, r.daysB = 90, r.daysC = 180, r.position = 6,
  r.description = 'Not contacted for longer than the cadence of their level (A, B or C)';
// Calendar feeds: only the secret's hash is stored.
CREATE CONSTRAINT calendar_feed_hash IF NOT EXISTS FOR (f:CalendarFeed) REQUIRE f.hash IS UNIQUE;
CREATE CONSTRAINT calendar_feed_id IF NOT EXISTS FOR (f:CalendarFeed) REQUIRE f.id IS UNIQUE;
