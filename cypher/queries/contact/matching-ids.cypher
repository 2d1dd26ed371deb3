// Every contact matching a filter, in id order: streamed by the exports, never collected.
// @include contact/_matching
RETURN c.id AS id
ORDER BY c.id
