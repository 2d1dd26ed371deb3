// Writes contacts (see _write) and returns their ids and versions: an import's chunk of rows at a
// time. An edit that answers with the contact uses edit instead.
// @include contact/_write
RETURN c.id AS id, c.version AS version
