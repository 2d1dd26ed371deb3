// A possible recipient of today's gift plan with the maintained facts its score comes from.
RETURN c.id AS id, c.descendants AS descendants, coalesce(c.subtreeValueMinor, 0) AS valueMinor,
       c.levelCounts AS levelCounts, c.levelValuesMinor AS levelValuesMinor, c.createdAt AS createdAt,
       c.erasedAt IS NOT NULL AS erased, c.archivedAt IS NOT NULL AS archived, c.lastTouchOn AS lastTouchOn
