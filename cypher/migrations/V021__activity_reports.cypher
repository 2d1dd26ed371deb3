// Agent activity reads a window of interactions by when they happened and of tasks by when they
// were completed; new interactions name the agent who logged them (agentId), older ones count for
// their contact's owner.
CREATE INDEX interaction_occurred IF NOT EXISTS FOR (i:Interaction) ON (i.occurredAt);
CREATE INDEX task_completed IF NOT EXISTS FOR (t:Task) ON (t.completedAt);
