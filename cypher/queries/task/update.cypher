// A task's details: a null title, kind or priority is kept; notes, contact and deal change only
// when their set… flag is true (then a null removes them).
MATCH (t:Task {id: $id})
SET t.title = coalesce($title, t.title), t.kind = coalesce($kind, t.kind), t.priority = coalesce($priority, t.priority),
    t.notes = CASE WHEN $setNotes THEN $notes ELSE t.notes END,
    t.contactId = CASE WHEN $setContact THEN $contactId ELSE t.contactId END,
    t.dealId = CASE WHEN $setDeal THEN $dealId ELSE t.dealId END,
    t.version = t.version + 1
RETURN t {.*} AS task
