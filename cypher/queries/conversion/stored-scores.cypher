// The stored suggestions (see store-scores.cypher) of chosen contacts, scored at or after $since.
MATCH (c:Contact)
WHERE c.id IN $ids AND c.conversionScoredAt >= $since
RETURN c.id AS id, c.conversionProbability AS probability, c.suggestedLevel AS level, c.conversionBasis AS basis,
       c.conversionModelVersion AS modelVersion, c.conversionScoredAt AS scoredAt,
       coalesce(c.conversionFactorValues, []) AS values, coalesce(c.conversionFactorContributions, []) AS contributions
