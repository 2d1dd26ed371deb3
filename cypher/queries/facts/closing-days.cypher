// The closing days of those of the deals $dealIds that are closed: the channel ROI days their
// writes can change (facts/RoiDays).
UNWIND $dealIds AS dealId
MATCH (d:Deal {id: dealId})
WHERE d.stage = 'CLOSED' AND d.closedOn IS NOT NULL
RETURN DISTINCT d.closedOn AS day
