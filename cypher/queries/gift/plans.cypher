// Saved plans, newest first, without their lines.
MATCH (p:GiftPlan)
RETURN p.id AS id, p.name AS name, p.savedAt AS savedAt, p.savedBy AS savedBy, p.asOf AS asOf,
       p.budgetMinor AS budgetMinor, p.allocatedMinor AS allocatedMinor, p.recipients AS recipients
ORDER BY p.savedAt DESC, p.id
LIMIT $limit
