MATCH (p:StagePrompt {id: $id})
SET p.emailTemplateId = $templateId
RETURN p {.*} AS prompt
