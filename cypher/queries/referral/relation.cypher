// How two contacts stand to each other: their current referrers, and whether one is above the other.
MATCH (s:Contact {id: $survivorId}), (d:Contact {id: $duplicateId})
RETURN COLLECT { MATCH (s)-[:REFERRED_BY]->(p) RETURN p.id }[0] AS survivorReferrer,
       COLLECT { MATCH (d)-[:REFERRED_BY]->(p) RETURN p.id }[0] AS duplicateReferrer,
       EXISTS { (s)-[:REFERRED_BY]->{1,50}(d) } AS duplicateAbove,
       EXISTS { (d)-[:REFERRED_BY]->{1,50}(s) } AS survivorAbove
