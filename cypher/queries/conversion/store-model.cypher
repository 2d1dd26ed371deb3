// Stores a fitted conversion model; the newest used one scores contacts (active-model.cypher).
CREATE (m:ConversionModel {
  version: $version, trainedAt: $trainedAt, cutoff: $cutoff, horizonMonths: $horizonMonths,
  features: $features, means: $means, deviations: $deviations, weights: $weights, bias: $bias,
  originKeys: $originKeys, originRates: $originRates, priorRate: $priorRate,
  examples: $examples, positives: $positives, heldOut: $heldOut, heldOutPositives: $heldOutPositives,
  auc: $auc, baselineAuc: $baselineAuc, calibrationError: $calibrationError,
  binFrom: $binFrom, binContacts: $binContacts, binPredicted: $binPredicted, binObserved: $binObserved,
  used: $used, verdict: $verdict, trainedBy: $trainedBy})
RETURN m.version AS version
