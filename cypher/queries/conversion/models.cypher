// The newest stored conversion model ($usedOnly: the newest one that is used), or none.
MATCH (m:ConversionModel)
WHERE NOT $usedOnly OR m.used
RETURN m {.*} AS model
ORDER BY m.trainedAt DESC
LIMIT 1
