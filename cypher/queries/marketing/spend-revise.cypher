// Corrects or deletes a spend entry, keeping the values it had before in its history lists.
MATCH (s:AdSpend {id: $id})
WHERE s.deletedAt IS NULL
SET s.historyAction = [$action] + s.historyAction,
    s.historyAmountMinor = [s.amountMinor] + s.historyAmountMinor,
    s.historySpentOn = [s.spentOn] + s.historySpentOn,
    s.historyCampaign = [coalesce(s.campaign, '')] + s.historyCampaign,
    s.historyNote = [coalesce(s.note, '')] + s.historyNote,
    s.historyAt = [datetime()] + s.historyAt,
    s.historyBy = [$by] + s.historyBy,
    s.version = s.version + 1
SET s.amountMinor = coalesce($amountMinor, s.amountMinor), s.spentOn = coalesce($spentOn, s.spentOn),
    s.campaign = CASE WHEN $setCampaign THEN $campaign ELSE s.campaign END,
    s.note = CASE WHEN $setNote THEN $note ELSE s.note END,
    s.deletedAt = coalesce($deletedAt, s.deletedAt),
    s.deletedReason = CASE WHEN $deletedAt IS NULL THEN s.deletedReason ELSE $deletedReason END
RETURN s.id AS id
