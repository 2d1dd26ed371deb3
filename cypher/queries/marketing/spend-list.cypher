MATCH (s:AdSpend)-[:FOR]->(o:MediaOutlet)-[:OF_TYPE]->(t:MediaType)
WHERE ($ids IS NULL OR s.id IN $ids)
  AND ($outletId IS NULL OR o.id = $outletId)
  AND ($mediaTypeId IS NULL OR t.id = $mediaTypeId)
  AND ($from IS NULL OR s.spentOn >= $from)
  AND ($to IS NULL OR s.spentOn <= $to)
  AND ($includeDeleted OR s.deletedAt IS NULL)
RETURN s {.id, .amountMinor, .spentOn, .campaign, .note, outletId: o.id, deleted: s.deletedAt IS NOT NULL,
          history: {actions: s.historyAction, amountsMinor: s.historyAmountMinor, spentOns: s.historySpentOn,
                    campaigns: s.historyCampaign, notes: s.historyNote, ats: s.historyAt, bys: s.historyBy}} AS spend
ORDER BY s.spentOn DESC, s.id
