// The newest tier set, cheapest tier last.
MATCH (s:GiftTierSet)
WITH s ORDER BY s.version DESC LIMIT 1
MATCH (s)-[:HAS_TIER]->(t:GiftTier)
RETURN s.version AS version, t.name AS name, t.giftDescription AS giftDescription, t.unitCostMinor AS unitCostMinor,
       t.minScore AS minScore, t.topShare AS topShare
ORDER BY t.unitCostMinor DESC, t.name
