// An open ($click false: the pixel loaded) or a click ($click true: a link followed, which proves an
// open too) of the message with this tracking token, at $now. The message keeps its first open and
// click and how many there were; the first open and the first click of each message also go on its
// contact (emailOpens, emailClicks: newest first, the latest 100), where the conversion model reads
// engagement without a search of the outbox per contact. An erased contact keeps nothing.
MATCH (m:OutboxMessage {trackingToken: $token})
WITH m, m.openedAt IS NULL AS firstOpen, $click AND m.clickedAt IS NULL AS firstClick
SET m.openedAt = coalesce(m.openedAt, $now),
    m.opens = coalesce(m.opens, 0) + CASE WHEN $click THEN 0 ELSE 1 END,
    m.clickedAt = CASE WHEN $click THEN coalesce(m.clickedAt, $now) ELSE m.clickedAt END,
    m.clicks = coalesce(m.clicks, 0) + CASE WHEN $click THEN 1 ELSE 0 END
WITH m, firstOpen, firstClick
OPTIONAL MATCH (c:Contact {id: m.contactId})
WHERE (firstOpen OR firstClick) AND NOT c:Erased
SET c.emailOpens = CASE WHEN firstOpen THEN ([$now] + coalesce(c.emailOpens, []))[0..100] ELSE c.emailOpens END,
    c.emailClicks = CASE WHEN firstClick THEN ([$now] + coalesce(c.emailClicks, []))[0..100] ELSE c.emailClicks END
RETURN m.id AS id
