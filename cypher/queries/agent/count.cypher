MATCH (a:Agent)
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($role IS NULL OR a.role = $role)
  AND ($search IS NULL OR a.nameKey STARTS WITH $search OR toLower(a.company) STARTS WITH $search)
RETURN count(a) AS total
