// A contact's element id, for the writes that take parties by element id (refresh-subtree-values).
MATCH (c:Contact {id: $id})
RETURN elementId(c) AS elementId
