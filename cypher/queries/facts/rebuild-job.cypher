// One rebuild by id, or the newest when $id is null.
MATCH (j:FactsRebuild)
WHERE $id IS NULL OR j.id = $id
RETURN j {.id, .status, .reason, .createdBy, .createdAt, .phasesDone, .phase, .message, .startedAt, .finishedAt,
          .differed, .examples} AS job
ORDER BY j.createdAt DESC
LIMIT 1
