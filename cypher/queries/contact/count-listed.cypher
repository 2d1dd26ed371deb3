// The unfiltered list's size from Neo4j's count store, in constant time: archived and erased contacts
// carry the labels Archived and Erased (never both), which their writers keep (set-archived, erase).
CALL () { MATCH (c:Contact) RETURN count(c) AS contacts }
CALL () { MATCH (a:Archived) RETURN count(a) AS archived }
CALL () { MATCH (e:Erased) RETURN count(e) AS erased }
RETURN CASE WHEN $archived THEN archived ELSE contacts - archived - erased END AS total
