// The stage prompt rules that fire when a deal enters $stage from $from.
MATCH (p:StagePrompt {stage: $stage})
WHERE p.fromStage IS NULL OR p.fromStage = $from
RETURN p.id AS id, p.template AS template, p.dueAfterDays AS dueAfterDays, p.emailTemplateId AS emailTemplateId
ORDER BY p.dueAfterDays, p.id
