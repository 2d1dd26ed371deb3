// Agents by name, keyset-paginated on nameKey (name folded, then id).
MATCH (a:Agent)
WHERE a.nameKey > coalesce($after, '')
  AND ($kind IS NULL OR a.kind = $kind)
  AND ($role IS NULL OR a.role = $role)
  AND ($search IS NULL OR a.nameKey STARTS WITH $search OR toLower(a.company) STARTS WITH $search)
WITH a ORDER BY a.nameKey LIMIT $limit
RETURN a {.*} AS agent
