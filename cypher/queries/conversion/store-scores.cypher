// Stores each scored contact's suggestion as of $now: for the contacts filter levelDisagrees, for
// acceptSuggestedLevels, and so that Contact.conversion is a property read. The probability is
// null on the rule's basis; values and contributions follow the model's feature order.
UNWIND $scores AS s
MATCH (c:Contact {id: s.id})
USING INDEX SEEK c:Contact(id)
SET c.conversionProbability = s.probability, c.suggestedLevel = s.level, c.conversionBasis = s.basis,
    c.conversionModelVersion = s.modelVersion, c.conversionScoredAt = $now,
    c.conversionFactorValues = s.values, c.conversionFactorContributions = s.contributions
WITH c
// @include contact/_level-disagrees
RETURN count(c) AS stored
