// What one bound interaction i, logged by or for agentId, counts for in the activity counters (see
// count-activity.cypher): "WEEK|<Monday in $zone>|<agent>|<kind>" for a touch (notes and web forms
// are not touches), nothing when no agent logged it and its contact has no owner.
WITH i, CASE WHEN agentId IS NOT NULL AND NOT i.kind IN ['NOTE', 'WEB_FORM'] AND i.occurredAt IS NOT NULL
             THEN ['WEEK|' + toString(date.truncate('week', datetime({datetime: i.occurredAt, timezone: $zone}))) + '|'
                   + agentId + '|' + i.kind]
             ELSE [] END AS activity
