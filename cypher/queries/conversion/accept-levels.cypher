// Makes the stored suggestion the agent's level for the filter's contacts (the caller's filter with
// levelDisagrees: true), all or none: when the filter no longer matches $expected contacts (someone
// changed a level or a score since the count was confirmed) nothing is written and nothing returned.
// Each contact's version moves on, so an editor holding the old one gets VERSION_CONFLICT; one
// AuditEntry lists the contacts and their levels before.
// @include contact/_matching
WITH collect(c) AS contacts
WHERE size(contacts) = $expected
UNWIND contacts AS c
WITH c, coalesce(c.statusLevel, '') AS before
SET c.statusLevel = c.suggestedLevel, c.version = c.version + 1, c.updatedAt = $now
WITH c, before
// @include contact/_level-disagrees
WITH collect(c.id) AS ids, collect(before) AS befores, collect(c.statusLevel) AS afters
CREATE (e:AuditEntry {id: randomUUID(), action: 'ACCEPT_SUGGESTED_LEVELS', at: $now, by: $by, subjectIds: ids,
                      previousLevels: befores, newLevels: afters, details: $details})
RETURN size(ids) AS updated, e.id AS auditId
