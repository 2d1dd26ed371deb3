MATCH (p:StagePrompt)
RETURN p {.*} AS prompt
ORDER BY p.stage, p.dueAfterDays, p.id
