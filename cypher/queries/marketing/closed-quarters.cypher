MATCH (q:ClosedQuarter)
RETURN q.quarter AS quarter, q.closedAt AS closedAt, q.closedBy AS closedBy
ORDER BY q.quarter
