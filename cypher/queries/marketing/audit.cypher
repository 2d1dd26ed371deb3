CREATE (e:AuditEntry {id: randomUUID(), action: $action, at: datetime(), by: $by, subjectIds: $subjectIds,
                      details: $details})
