// The version of the newest model in use (null: the rule scores), and the stored suggestions (see
// store-scores.cypher) of chosen contacts scored at or after $since: one statement, so that one
// contact's conversion is one read when its suggestion is current.
RETURN COLLECT { MATCH (m:ConversionModel) WHERE m.used RETURN m.version ORDER BY m.trainedAt DESC LIMIT 1 }[0]
         AS usedVersion,
       COLLECT {
         MATCH (c:Contact)
         WHERE c.id IN $ids AND c.conversionScoredAt >= $since
         RETURN c {.id, probability: c.conversionProbability, level: c.suggestedLevel, basis: c.conversionBasis,
                   modelVersion: c.conversionModelVersion, scoredAt: c.conversionScoredAt,
                   values: coalesce(c.conversionFactorValues, []),
                   contributions: coalesce(c.conversionFactorContributions, [])}
       } AS stored
