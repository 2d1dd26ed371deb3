// The contacts a writer named (see ContactsChanged), as c: by element id, or by id.
CALL () {
  UNWIND $elementIds AS elementId
  MATCH (c:Contact) WHERE elementId(c) = elementId
  RETURN c
  UNION
  UNWIND $ids AS id
  MATCH (c:Contact {id: id})
  RETURN c
}
