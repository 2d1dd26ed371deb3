CREATE (t:EmailTemplate {id: $id, version: 1})
SET t.name = $name, t.purpose = $purpose, t.subject = $subject, t.text = $text, t.html = $html, t.updatedAt = $updatedAt
RETURN t {.*} AS template
