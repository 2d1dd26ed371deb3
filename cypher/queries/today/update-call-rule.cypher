// A broker's change to one rule: a parameter left null keeps the rule's value.
MATCH (r:CallRule {code: $code})
SET r.enabled = coalesce($enabled, r.enabled), r.weight = coalesce($weight, r.weight),
    r.days = coalesce($days, r.days), r.daysA = coalesce($daysA, r.daysA), r.daysB = coalesce($daysB, r.daysB),
    r.daysC = coalesce($daysC, r.daysC), r.minValueMinor = coalesce($minValueMinor, r.minValueMinor),
    r.updatedAt = datetime()
RETURN r.code AS code, r.description AS description, coalesce(r.enabled, false) AS enabled,
       coalesce(r.weight, 0) AS weight, r.days AS days, r.daysA AS daysA, r.daysB AS daysB, r.daysC AS daysC,
       r.minValueMinor AS minValueMinor, coalesce(r.position, 0) AS position
