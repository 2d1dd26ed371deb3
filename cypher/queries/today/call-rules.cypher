MATCH (r:CallRule)
RETURN r.code AS code, r.description AS description, coalesce(r.enabled, false) AS enabled,
       coalesce(r.weight, 0) AS weight, r.days AS days, r.daysA AS daysA, r.daysB AS daysB, r.daysC AS daysC,
       r.minValueMinor AS minValueMinor, coalesce(r.position, 0) AS position
ORDER BY r.position, r.code
