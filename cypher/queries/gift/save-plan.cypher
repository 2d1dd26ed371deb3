// The plan's header: its settings, totals, warnings and exclusions, so that it explains itself later.
CREATE (p:GiftPlan)
SET p = $plan, p.savedAt = datetime()
RETURN p.id AS id
