// Applies a change and, when the stage changes, appends it to the stage history. Closing records
// its day, revenue and a final price (a null keeps the stored one); losing records its reason.
MATCH (d:Deal {id: $id})
WITH d, d.stage AS previous
SET d.stage = $stage, d.closedOn = coalesce($closedOn, d.closedOn), d.revenueMinor = coalesce($revenueMinor, d.revenueMinor),
    d.priceMinor = coalesce($priceMinor, d.priceMinor),
    d.lostReason = CASE WHEN $stage = 'LOST' THEN $lostReason ELSE d.lostReason END,
    d.version = d.version + 1, d.updatedAt = datetime()
REMOVE d.lockedBy
WITH d, previous
CALL (d, previous) {
  WITH d, previous WHERE $stage IS NOT NULL AND ($stage <> previous OR $initial)
  SET d.historyStage = d.historyStage + $stage,
      d.historyFrom = d.historyFrom + coalesce(CASE WHEN $initial THEN null ELSE previous END, ''),
      d.historyAt = d.historyAt + $at,
      d.historyBy = d.historyBy + $by
}
RETURN d.id AS id
