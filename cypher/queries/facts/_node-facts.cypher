// The maintained facts of one bound node n, one string per kind in the order of
// com.rootline.facts.GraphFact (tree keys, level counters, subtree value, revenue per level, day
// last in touch): what a rebuild compares before and after. A zero counter reads as an absent one,
// since writers leave zeros where a rebuild leaves nothing.
WITH n, [
  coalesce(n.rootOutletId, '') + '|' + coalesce(toString(n.rootDepth), '') + '|' + coalesce(toString(n.rootLeadOn), '')
    + '|' + coalesce(n.treeKey, '')
    + reduce(s = '', k IN COLLECT { MATCH (n)-[p:PARTY_TO]->(d:Deal) RETURN d.id + '=' + coalesce(p.treeKey, '') AS k ORDER BY k }
             | s + ';' + k),
  CASE WHEN any(x IN n.levelCounts WHERE x <> 0) THEN reduce(s = '', x IN n.levelCounts | s + ',' + toString(x)) ELSE '' END
    + '|' + CASE WHEN n.descendants <> 0 THEN toString(n.descendants) ELSE '' END,
  CASE WHEN n.subtreeValueMinor <> 0 THEN toString(n.subtreeValueMinor) ELSE '' END,
  CASE WHEN n:Contact AND any(x IN n.levelValuesMinor WHERE x <> 0)
       THEN reduce(s = '', x IN n.levelValuesMinor | s + ',' + toString(x)) ELSE '' END,
  CASE WHEN n:Contact THEN coalesce(toString(n.lastTouchOn), '') ELSE '' END
] AS facts
