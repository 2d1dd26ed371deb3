// Written only at the version the caller saw: a concurrent save matches nothing and is refused.
MATCH (t:EmailTemplate {id: $id})
SET t.lockedBy = randomUUID()
REMOVE t.lockedBy
WITH t WHERE t.version = $expectedVersion
SET t.name = $name, t.purpose = $purpose, t.subject = $subject, t.text = $text, t.html = $html, t.updatedAt = $updatedAt,
    t.version = t.version + 1
RETURN t {.*} AS template
