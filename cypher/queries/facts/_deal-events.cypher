// The events of one bound deal d that seasonality counts, each "EVENT|YYYY-MM-DD" with its day in
// $zone: created, each entry into UNDER_CONTRACT (a deal entering it twice counts twice), and
// closed (the closing day) while it is closed.
WITH d, ['CREATED|' + toString(date(datetime({datetime: d.createdAt, timezone: $zone})))]
        + [i IN range(0, size(coalesce(d.historyStage, [])) - 1) WHERE d.historyStage[i] = 'UNDER_CONTRACT'
           | 'UNDER_CONTRACT|' + toString(date(datetime({datetime: d.historyAt[i], timezone: $zone})))]
        + CASE WHEN d.stage = 'CLOSED' AND d.closedOn IS NOT NULL THEN ['CLOSED|' + toString(d.closedOn)] ELSE [] END
     AS events
