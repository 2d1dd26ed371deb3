// Links a batch of origins (an import's Referred By and Lead Source cells) in the batch's order,
// under the tree locks the caller holds. The subquery runs once per link and sees the links before
// it, so a batch decides exactly as the same links one at a time would: a contact that already has
// an origin (perhaps from an earlier link of the batch) or a referral that would close a loop
// through earlier links is refused the same way. The level counters shift link by link, since each
// shift reads the counters the last one left; the facts that follow whole subtrees (tree keys,
// subtree values, ROI days) are refreshed once for the batch by the caller.
UNWIND $links AS link
CALL (link) {
  MATCH (c:Contact {id: link.contactId})
  USING INDEX SEEK c:Contact(id)
  CALL (link) {
    MATCH (p:Contact {id: link.referrerId}) USING INDEX SEEK p:Contact(id) RETURN p
    UNION
    MATCH (p:Agent {id: link.referrerId}) USING INDEX SEEK p:Agent(id) RETURN p
    UNION
    MATCH (p:MediaOutlet {id: link.referrerId}) USING INDEX SEEK p:MediaOutlet(id) RETURN p
  }
  OPTIONAL MATCH (c)-[:REFERRED_BY]->(current)
  OPTIONAL MATCH loop = (p)-[:REFERRED_BY]->{1,50}(c)
  WITH link, c, p, current, loop LIMIT 1
  OPTIONAL CALL (link, c, p, current, loop) {
    WITH link, c, p WHERE current IS NULL AND loop IS NULL
    CREATE (c)-[:REFERRED_BY {id: link.id, referredOn: link.referredOn, validFrom: link.referredOn, note: $note,
                              recordedBy: $by, recordedAt: datetime()}]->(p)
    WITH c
    // @include facts/_shift-level-counts
  }
  RETURN CASE WHEN current IS NOT NULL THEN 'ALREADY_REFERRED' WHEN loop IS NOT NULL THEN 'REFERRAL_CYCLE' ELSE 'LINKED' END
           AS outcome,
         current.id AS currentReferrerId,
         [n IN nodes(loop) | coalesce(n.displayName, n.id)] AS loopNames,
         coalesce(ancestors, []) AS ancestors, coalesce(flipped, []) AS flipped
}
RETURN link.index AS index, outcome, currentReferrerId, loopNames, ancestors, flipped
