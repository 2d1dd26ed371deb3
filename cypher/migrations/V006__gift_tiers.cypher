// Gift tiers come in versioned sets: defining tiers adds a set, the newest set is current, and the
// seeded defaults stay as version 0 so that every plan can be explained later.
CREATE CONSTRAINT gift_tier_set_version IF NOT EXISTS FOR (s:GiftTierSet) REQUIRE s.version IS UNIQUE;
CREATE CONSTRAINT gift_plan_id IF NOT EXISTS FOR (p:GiftPlan) REQUIRE p.id IS UNIQUE;
MERGE (s:GiftTierSet {version: 0})
ON CREATE SET s.definedAt = datetime(), s.definedBy = 'migration', s.seeded = true
WITH s
UNWIND [{name: 'Premium basket', description: 'Premium gift basket', costMinor: 15000, topShare: 0.05},
        {name: 'Flowers or chocolate', description: 'Flowers or a box of chocolates', costMinor: 4000, topShare: 0.20},
        {name: 'Card', description: 'Handwritten card', costMinor: 500, minScore: 0.25},
        {name: 'E-mail', description: 'Personal e-mail', costMinor: 0}] AS t
MERGE (s)-[:HAS_TIER]->(tier:GiftTier {setVersion: 0, name: t.name})
ON CREATE SET tier.giftDescription = t.description, tier.unitCostMinor = t.costMinor, tier.minScore = t.minScore,
              tier.topShare = t.topShare, tier.seeded = true;
