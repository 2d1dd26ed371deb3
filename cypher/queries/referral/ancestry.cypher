// The chain of origins of each contact, nearest first, in one query for a whole list. With
// $withParties the chain also comes as the parties themselves, each with its kind and own
// properties: an ancestry that shows no phones, e-mails or addresses then needs no second query.
UNWIND $contactIds AS contactId
MATCH (c:Contact {id: contactId})
OPTIONAL MATCH path = (c)-[:REFERRED_BY]->{1,50}(top)
  WHERE NOT EXISTS { (top)-[:REFERRED_BY]->() }
WITH contactId, CASE WHEN path IS NULL THEN [] ELSE tail(nodes(path)) END AS chain
RETURN contactId, [n IN chain | n.id] AS ancestors,
       CASE WHEN $withParties THEN [n IN chain | CASE
         WHEN n:Contact THEN {kind: 'Contact', properties: n {.*}}
         WHEN n:Agent THEN {kind: 'Agent', properties: n {.*}}
         // An outlet as marketing/outlets-by-ids reads it: its type is a relationship.
         WHEN n:MediaOutlet THEN {kind: 'MediaOutlet',
                                  properties: n {.*, mediaTypeId: head(COLLECT { MATCH (n)-[:OF_TYPE]->(t:MediaType) RETURN t.id })}}
       END] END AS parties
