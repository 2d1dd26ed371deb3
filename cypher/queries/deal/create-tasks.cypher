UNWIND $tasks AS t
CREATE (task:Task {id: t.id, title: t.title, dueOn: t.dueOn, status: 'OPEN', assigneeId: t.assigneeId,
                   dealId: t.dealId, promptId: t.promptId, createdAt: datetime()})
RETURN task {.*} AS task
