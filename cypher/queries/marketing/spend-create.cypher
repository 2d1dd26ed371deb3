MATCH (o:MediaOutlet {id: $outletId})
CREATE (s:AdSpend {id: $id, amountMinor: $amountMinor, spentOn: $spentOn, campaign: $campaign, note: $note,
                   recordedAt: datetime(), recordedBy: $by, version: 1,
                   historyAction: [], historyAmountMinor: [], historySpentOn: [], historyCampaign: [],
                   historyNote: [], historyAt: [], historyBy: []})
CREATE (s)-[:FOR]->(o)
RETURN s.id AS id
