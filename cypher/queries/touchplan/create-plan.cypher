CREATE (p:TouchPlan {id: $id})
SET p.name = $name, p.description = $description, p.stepOffsets = $stepOffsets, p.stepKinds = $stepKinds,
    p.stepTitles = $stepTitles, p.stepTemplates = $stepTemplates, p.version = 1,
    p.createdAt = datetime()
RETURN p {.*} AS plan
