// Keeps the label LevelDisagrees on a contact (bound as c) exactly while the conversion model's
// stored suggestion differs from the agent's own level (no level counts as different): the anchor
// of the contacts filter levelDisagrees. Every writer of either level includes this, and only this.
CALL (c) {
  WITH c WHERE c.suggestedLevel IS NOT NULL AND c.suggestedLevel <> coalesce(c.statusLevel, '')
  SET c:LevelDisagrees
}
CALL (c) {
  WITH c WHERE c.suggestedLevel IS NULL OR c.suggestedLevel = coalesce(c.statusLevel, '')
  REMOVE c:LevelDisagrees
}
