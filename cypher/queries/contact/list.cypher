// One page of contacts matching a filter. Each order has its own maintained key, ascending.
// @include contact/_matching
WITH collect({id: c.id,
               k: CASE $order WHEN 'NAME' THEN c.nameKey WHEN 'CREATED_AT' THEN c.createdKey ELSE c.contactedKey END})
     AS rows
RETURN size(rows) AS total,
       COLLECT {
         UNWIND rows AS r
         WITH r WHERE $after IS NULL OR r.k > $after
         RETURN r ORDER BY r.k LIMIT $limit
       } AS page
