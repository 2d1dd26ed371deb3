// Adds a tier set one version above the newest; the unique version makes concurrent definitions
// collide instead of silently interleaving.
MATCH (newest:GiftTierSet)
WITH max(newest.version) AS version
CREATE (s:GiftTierSet {version: version + 1, definedAt: datetime(), definedBy: $by})
WITH s
UNWIND $tiers AS t
CREATE (s)-[:HAS_TIER]->(:GiftTier {setVersion: s.version, name: t.name, giftDescription: t.giftDescription,
                                    unitCostMinor: t.unitCostMinor, minScore: t.minScore, topShare: t.topShare})
RETURN DISTINCT s.version AS version
