// The version is read after the write lock is taken; the caller compares it and rolls back on a mismatch.
MATCH (p:TouchPlan {id: $id})
SET p.lockedBy = $txId
REMOVE p.lockedBy
WITH p, p.version AS previousVersion
SET p.name = $name, p.description = $description, p.stepOffsets = $stepOffsets, p.stepKinds = $stepKinds,
    p.stepTitles = $stepTitles, p.stepTemplates = $stepTemplates,
    p.version = p.version + 1
RETURN p {.*} AS plan, previousVersion
