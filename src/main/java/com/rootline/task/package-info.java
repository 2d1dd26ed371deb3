/**
 * Tasks: calls, e-mails, meetings, texts, mailings and to-dos with a due day (and optional time),
 * a priority, an assignee among the team and links to a contact and a deal. Stage prompts and
 * touch-plan steps are tasks of this kind. Completing a CALL/EMAIL/MEETING/TEXT/MAIL task can log
 * the interaction in the same transaction.
 * <p>
 * Graph shape: {@code (:Task {id, assigneeId, contactId, dealId, enrollmentId, status, dueOn})};
 * references are ids, indexed, so that an agent's open tasks by due day are one index seek
 * ({@code task_assignee_status_due}).
 */
package com.rootline.task;
